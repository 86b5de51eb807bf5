// Node's http objects ↔ fetch's Request/Response, so the lab's
// framework-free handlers can answer on real sockets.
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Handler } from '../../mocks/lab/ports.ts';
import { ORIGINAL_METHOD_HEADER } from './custom-methods.ts';

const BODYLESS = new Set(['GET', 'HEAD']);

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The fetch Request for a Node request (body read whole). */
export async function toFetchRequest(
  request: IncomingMessage,
): Promise<Request> {
  const original = request.headers[ORIGINAL_METHOD_HEADER];
  const method =
    typeof original === 'string' ? original : (request.method ?? 'GET');
  const headers = new Headers();
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i] ?? '';
    if (name.toLowerCase() === ORIGINAL_METHOD_HEADER) continue;
    headers.append(name, request.rawHeaders[i + 1] ?? '');
  }
  const host = request.headers.host ?? 'localhost';
  const url = new URL(request.url ?? '/', `http://${host}`);
  const body = await readBody(request);
  const hasBody = !BODYLESS.has(method) && body.length > 0;
  return new Request(url, {
    method,
    headers,
    ...(hasBody ? { body: new Uint8Array(body) } : {}),
  });
}

/** Writes a fetch Response to Node's response (body sent whole). */
export async function sendFetchResponse(
  request: IncomingMessage,
  reply: ServerResponse,
  response: Response,
): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  response.headers.forEach((value, name) => reply.setHeader(name, value));
  if (!response.headers.has('content-length')) {
    reply.setHeader('content-length', body.length);
  }
  reply.writeHead(response.status);
  reply.end(request.method === 'HEAD' ? undefined : body);
}

/** A Node request listener answering through `handler`. */
export function nodeListener(handler: Handler) {
  return (request: IncomingMessage, reply: ServerResponse) => {
    toFetchRequest(request)
      .then(handler)
      .then((response) => sendFetchResponse(request, reply, response))
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        if (reply.headersSent) return void reply.destroy();
        reply.writeHead(500, { 'content-type': 'application/json' });
        reply.end(JSON.stringify({ errors: [`sandbox: ${reason}`] }));
      });
  };
}
