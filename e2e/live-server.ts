// The real walkthrough server in live mode, on port 0, in front of two
// loopback doubles that count what reaches "Vault" and "Nomad".
import type { IncomingMessage, ServerResponse } from 'node:http';

import {
  defaultServerConfig,
  startServer,
  type StartedServer,
} from '../server/index.ts';
import {
  startUpstreamDouble,
  type UpstreamDouble,
} from '../server/test-support/upstream-double.ts';

export type { UpstreamDouble };

/** How the Vault double behaves; see vaultAnswer. */
export type VaultState =
  | 'uninitialized'
  | 'sealed'
  | 'no-token'
  | { status: number; body: unknown; headers?: Record<string, string> };

export interface LiveServer {
  url: string;
  vault: UpstreamDouble;
  nomad: UpstreamDouble;
  setVault(state: VaultState): void;
  /** Requests the Vault double saw with this method and path prefix. */
  vaultHits(method: string, path: string): number;
  close(): Promise<void>;
}

/** The build the server serves; E2E_STATIC_ROOT points at another one. */
export const staticRoot = process.env.E2E_STATIC_ROOT ?? 'dist';

/** Addresses given here replace a double (e.g. a closed port). */
export async function startLiveServer(
  options: { vaultAddr?: string; nomadAddr?: string } = {},
): Promise<LiveServer> {
  const vault = await startUpstreamDouble();
  const nomad = await startUpstreamDouble(nomadAnswer);
  const setVault = (state: VaultState) =>
    vault.answerWith((req, res) => vaultAnswer(state, req, res));
  setVault('uninitialized');
  const server: StartedServer = await startServer({
    ...defaultServerConfig,
    upstream: {
      vaultAddr: options.vaultAddr ?? vault.url,
      nomadAddr: options.nomadAddr ?? nomad.url,
      vaultNamespace: undefined,
      nomadRegion: undefined,
    },
    port: 0,
    timeoutMs: 5000,
    staticRoot,
    logLevel: 'silent',
  });
  return {
    url: server.url,
    vault,
    nomad,
    setVault,
    vaultHits: (method, path) =>
      vault.hits.filter((h) => h.method === method && h.url.startsWith(path))
        .length,
    async close() {
      // The test's page may still hold a keep-alive connection open.
      server.app.server.closeAllConnections();
      await server.app.close();
      await Promise.all([vault.close(), nomad.close()]);
    },
  };
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function sealStatus(initialized: boolean, sealed: boolean) {
  const n = initialized ? 1 : 0;
  return { type: 'shamir', initialized, sealed, t: n, n, progress: 0 };
}

// Status endpoints answer in every state, as a real Vault's do; the rest
// follows the state.
function vaultAnswer(
  state: VaultState,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const path = (req.url ?? '').split('?')[0];
  const initialized = state !== 'uninitialized';
  const sealed = state === 'uninitialized' || state === 'sealed';
  if (path === '/v1/sys/init') return json(res, 200, { initialized });
  if (path === '/v1/sys/seal-status') {
    return json(res, 200, sealStatus(initialized, sealed));
  }
  if (typeof state === 'object') {
    res.writeHead(state.status, {
      'content-type': 'application/json',
      ...state.headers,
    });
    return void res.end(JSON.stringify(state.body));
  }
  if (sealed) return json(res, 503, { errors: ['Vault is sealed'] });
  json(res, 403, { errors: ['permission denied'] });
}

function nomadAnswer(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end(`${req.url ?? ''} not found`);
}
