// Sandbox mode for the Node server: /api/mode says "sandbox" and
// /api/lab/* reaches the lab controls the sandbox serves on its Nomad
// port. /api/vault, /api/nomad and /api/web/names work as in live mode.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface SandboxAddresses {
  vaultAddr: string;
  nomadAddr: string;
}

const TIMEOUT_MS = 30_000;
const PREFIX = '/api/lab/';

async function forwardToLab(
  nomadAddr: string,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const target = `${nomadAddr}/lab/${request.url.slice(PREFIX.length)}`;
  const body = Buffer.isBuffer(request.body) ? request.body : undefined;
  const type = request.headers['content-type'];
  try {
    const answer = await fetch(target, {
      method: request.method,
      headers: type ? { 'content-type': type } : {},
      ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = Buffer.from(await answer.arrayBuffer());
    const answerType = answer.headers.get('content-type');
    if (answerType) reply.type(answerType);
    return reply.code(answer.status).send(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return reply.code(502).send({
      errors: [`the sandbox at ${nomadAddr} did not answer: ${reason}`],
    });
  }
}

/** Registers GET /api/mode and /api/lab/* for a running sandbox. */
export async function registerSandboxRoutes(
  app: FastifyInstance,
  sandbox: SandboxAddresses,
): Promise<void> {
  const { vaultAddr, nomadAddr } = sandbox;
  const mode = { mode: 'sandbox' as const, vaultAddr, nomadAddr };
  app.get('/api/mode', async () => mode);
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_r, body, done) =>
      done(null, body),
    );
    scope.all(`${PREFIX}*`, (request, reply) =>
      forwardToLab(sandbox.nomadAddr, request, reply),
    );
  });
}
