// S10: API paths the walkthrough never needs and that hand out root-level
// power or dump raw storage. The rule: a path is blocked when, compared
// case-insensitively, it equals a listed prefix or continues it with `/`.
// The guide's 15 steps use none of them; add a prefix here, never remove one
// without a step that needs it.
import type { FastifyReply, FastifyRequest } from 'fastify';

import { ProxyHttpError, type BackendName } from '../proxy-error.ts';

export const blockedPrefixes: Record<'vault' | 'nomad', readonly string[]> = {
  vault: [
    'sys/raw',
    'sys/generate-root',
    'sys/generate-recovery-token',
    'sys/rekey',
    'sys/rekey-recovery-key',
    'sys/rotate',
    'sys/storage',
    'sys/replication',
    'sys/config/cors',
    'sys/audit',
    'sys/audit-hash',
    'sys/pprof',
  ],
  nomad: [
    'acl/bootstrap',
    'operator',
    'agent/join',
    'agent/force-leave',
    'agent/keyring',
    'agent/pprof',
    'system',
  ],
};

/** The blocked prefix `apiPath` (below `/v1/`) falls under, if any. */
export function blockedPrefixOf(
  backend: 'vault' | 'nomad',
  apiPath: string,
): string | null {
  const path = apiPath.toLowerCase().replace(/^\/+/, '');
  const prefix = blockedPrefixes[backend].find(
    (p) => path === p || path.startsWith(`${p}/`),
  );
  return prefix ?? null;
}

/** onRequest hook for one backend's scope, mounted at `/api/<name>/v1`. */
export function denyBlockedPaths(backend: 'vault' | 'nomad') {
  const mount = `/api/${backend}/v1/`;
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const path = request.url.split('?', 1)[0] ?? '';
    if (!path.startsWith(mount)) return;
    const prefix = blockedPrefixOf(backend, path.slice(mount.length));
    if (prefix === null) return;
    throw new ProxyHttpError(403, {
      errors: [`${backend}/v1/${prefix} is blocked by the walkthrough server`],
      proxyError: 'path_blocked',
      backend: backend satisfies BackendName,
      hint: 'The walkthrough never needs it; use the CLI directly if you must.',
    });
  };
}
