// The emulator-only controls under /lab/: what a learner would otherwise
// do outside the APIs (read versions, start over, restart Nomad).
import { z } from 'zod';
import type { NomadVaultConfig } from './nomad/index.ts';
import type { Handler } from './ports.ts';

export interface LabControls {
  info(): unknown;
  reset(): Promise<void>;
  applyVaultConfig(
    config: NomadVaultConfig,
  ): Promise<{ ok: true } | { ok: false; errors: string[] }>;
}

// The agent's `vault` block as JSON; Nomad ignores keys it does not use.
const vaultBlock = z.object({
  enabled: z.boolean().default(false),
  address: z.string().default(''),
  task_token_ttl: z.string().optional(),
  create_from_role: z.string().optional(),
  token: z.string().optional(),
});

const ROUTES = ['/lab/info', '/lab/reset', '/lab/nomad/vault'];

export function controlHandler(controls: LabControls): Handler {
  return async (request) => {
    const { pathname } = new URL(request.url);
    const route = `${request.method} ${pathname}`;
    if (route === 'GET /lab/info') return Response.json(controls.info());
    if (route === 'POST /lab/reset') {
      await controls.reset();
      return Response.json({ ok: true });
    }
    if (route === 'PUT /lab/nomad/vault') return applyVault(controls, request);
    return ROUTES.includes(pathname)
      ? errors(405, [`method not allowed: ${route}`])
      : errors(404, [`unknown lab path: ${pathname}`]);
  };
}

async function applyVault(controls: LabControls, request: Request) {
  const body: unknown = await request.json().catch(() => undefined);
  const parsed = vaultBlock.safeParse(body);
  if (!parsed.success) {
    return errors(
      400,
      parsed.error.issues.map(
        (issue) =>
          `vault.${issue.path.join('.') || '(body)'}: ${issue.message}`,
      ),
    );
  }
  const { task_token_ttl, create_from_role, token, ...required } = parsed.data;
  const result = await controls.applyVaultConfig({
    ...required,
    ...(task_token_ttl === undefined ? {} : { task_token_ttl }),
    ...(create_from_role === undefined ? {} : { create_from_role }),
    ...(token === undefined ? {} : { token }),
  });
  return result.ok ? Response.json({ ok: true }) : errors(400, result.errors);
}

const errors = (status: number, messages: string[]) =>
  Response.json({ errors: messages }, { status });
