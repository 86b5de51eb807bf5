// GET /api/mode tells the app who answers /api: the browser's own lab
// (mock) or this server forwarding to real Vault and Nomad (live).
import type { FastifyInstance } from 'fastify';

import type { UpstreamConfig } from '../config/server-config.ts';

export type ModeAnswer =
  { mode: 'mock' } | { mode: 'live'; vaultAddr: string; nomadAddr: string };

/** What GET /api/mode answers for this configuration. */
export function modeOf(upstream: UpstreamConfig | null): ModeAnswer {
  if (!upstream) return { mode: 'mock' };
  const { vaultAddr, nomadAddr } = upstream;
  return { mode: 'live', vaultAddr, nomadAddr };
}

export function registerModeRoute(
  app: FastifyInstance,
  upstream: UpstreamConfig | null,
): void {
  const answer = modeOf(upstream);
  app.get('/api/mode', async () => answer);
}
