import type { VaultCore } from './core.ts';
import { empty, json } from './envelope.ts';
import { VaultError } from './errors.ts';
import { sealStatus } from './seal-status.ts';
import { initialize } from './sys-init.ts';
import { unseal } from './sys-unseal.ts';

// Handlers Vault serves outside its logical router: no token, no envelope,
// and they answer while Vault is sealed.

type RawHandler = (
  core: VaultCore,
  request: Request,
  body: Record<string, unknown>,
) => Response;

function healthCode(query: URLSearchParams, name: string, fallback: number) {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const code = Number(raw);
  if (!Number.isInteger(code) || raw.trim() === '')
    throw new VaultError(400, []);
  return code;
}

function health(core: VaultCore, request: Request): Response {
  const { seal } = core.state;
  const query = new URL(request.url).searchParams;
  const status = !seal.isInitialized
    ? healthCode(query, 'uninitcode', 501)
    : seal.isSealed
      ? healthCode(query, 'sealedcode', 503)
      : healthCode(query, 'activecode', 200);
  ['standbycode', 'drsecondarycode', 'performancestandbycode'].forEach((n) =>
    healthCode(query, n, 0),
  );
  const body: Record<string, unknown> = {
    initialized: seal.isInitialized,
    sealed: seal.isSealed,
    standby: false,
    performance_standby: false,
    replication_performance_mode: 'disabled',
    replication_dr_mode: 'disabled',
    server_time_utc: Math.floor(core.clock() / 1000),
    version: core.profile.vaultVersion,
  };
  if (!seal.isSealed) {
    body['cluster_name'] = seal.clusterName;
    body['cluster_id'] = seal.clusterId;
  }
  return request.method === 'HEAD' ? empty(status) : json(status, body);
}

function leader(core: VaultCore): Response {
  const { seal } = core.state;
  if (seal.isSealed) throw new VaultError(503, ['Vault is sealed']);
  return json(200, {
    ha_enabled: false,
    is_self: false,
    active_time: '0001-01-01T00:00:00Z',
    leader_address: '',
    leader_cluster_address: '',
    performance_standby: false,
    performance_standby_last_remote_wal: 0,
  });
}

const rawHandlers: Record<string, Record<string, RawHandler>> = {
  'sys/init': {
    GET: (core) => json(200, { initialized: core.state.seal.isInitialized }),
    PUT: (core, _, body) => json(200, initialize(core, body)),
  },
  'sys/seal-status': { GET: (core) => json(200, sealStatus(core)) },
  'sys/unseal': {
    PUT: (core, _, body) => {
      unseal(core, body);
      return json(200, sealStatus(core));
    },
  },
  'sys/health': { GET: (core, request) => health(core, request) },
  'sys/leader': { GET: (core) => leader(core) },
};

export function isRawPath(path: string): boolean {
  return path in rawHandlers;
}

/** Answers a raw sys path; methods it lacks get 405 `{"errors":[]}`. */
export function handleRaw(
  core: VaultCore,
  path: string,
  request: Request,
  body: Record<string, unknown>,
): Response {
  const handlers = rawHandlers[path] ?? {};
  const method =
    request.method === 'POST'
      ? 'PUT'
      : request.method === 'HEAD' && path === 'sys/health'
        ? 'GET'
        : request.method;
  const handler = handlers[method];
  if (!handler) return json(405, { errors: [] });
  return handler(core, request, body);
}
