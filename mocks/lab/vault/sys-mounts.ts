import {
  bodyBoolean,
  bodyString,
  type Route,
  type RouteContext,
} from './core.ts';
import { parseSeconds } from './durations.ts';
import { VaultError } from './errors.ts';
import { revokeLease } from './lease-revoke.ts';
import { describeMount, newMount } from './mount-table.ts';
import { isAtLeast } from './version.ts';

const builtInMounts = new Set(['sys/', 'cubbyhole/', 'identity/']);
const supportedTypes = new Set(['database']);

function mountPath(context: RouteContext): string {
  return `${(context.params['path'] ?? '').replace(/^\/+|\/+$/g, '')}/`;
}

function listMounts({ core }: RouteContext) {
  const entries = Object.values(core.state.mounts)
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((mount) => [mount.path, describeMount(core, mount)]);
  return { data: Object.fromEntries(entries) };
}

function readMount(context: RouteContext) {
  const path = mountPath(context);
  const mount = context.core.state.mounts[path];
  if (!mount) throw VaultError.badRequest(`No secret engine mount at ${path}`);
  return { data: describeMount(context.core, mount) };
}

function enableMount(context: RouteContext): undefined {
  const { core, request } = context;
  const { body } = request;
  const path = mountPath(context);
  const type = bodyString(body, 'type');
  if (type === '') {
    throw VaultError.badRequest('backend type must be specified as a string');
  }
  const taken = Object.keys(core.state.mounts).find(
    (existing) => path.startsWith(existing) || existing.startsWith(path),
  );
  if (taken) {
    throw VaultError.badRequest(
      isAtLeast(core.profile, '1.0')
        ? `path is already in use at ${taken}`
        : `existing mount at ${taken}`,
    );
  }
  if (!supportedTypes.has(type)) {
    throw VaultError.badRequest(`plugin not found in the catalog: ${type}`);
  }
  const config = (body['config'] ?? {}) as Record<string, unknown>;
  const mount = newMount(path, type, bodyString(body, 'description'));
  mount.defaultLeaseTtl = parseSeconds(
    config['default_lease_ttl'],
    'default_lease_ttl',
  );
  mount.maxLeaseTtl = parseSeconds(config['max_lease_ttl'], 'max_lease_ttl');
  mount.isLocal = bodyBoolean(body, 'local', false);
  mount.isSealWrapped = bodyBoolean(body, 'seal_wrap', false);
  core.state.mounts[path] = mount;
  core.state.databases[path] = { configs: {}, roles: {} };
  return undefined;
}

async function disableMount(context: RouteContext): Promise<undefined> {
  const { core } = context;
  const path = mountPath(context);
  if (builtInMounts.has(path)) {
    throw VaultError.badRequest(`cannot unmount "${path}"`);
  }
  if (!core.state.mounts[path]) return undefined;
  const leases = Object.values(core.state.leases).filter((lease) =>
    lease.id.startsWith(path),
  );
  for (const [index, lease] of leases.entries()) {
    try {
      await revokeLease(core, lease);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw VaultError.badRequest(
        `failed to revoke "${lease.id}" (${index + 1} / ${leases.length}): ${reason}`,
      );
    }
  }
  delete core.state.mounts[path];
  delete core.state.databases[path];
  return undefined;
}

/** `sys/mounts`: list, enable, read and disable secrets engines (§7). */
export const mountRoutes: Route[] = [
  { pattern: 'mounts', handlers: { read: listMounts } },
  {
    pattern: 'mounts/*path',
    fields: [
      'type',
      'description',
      'config',
      'local',
      'seal_wrap',
      'external_entropy_access',
      'options',
      'plugin_name',
      'plugin_version',
    ],
    handlers: { read: readMount, update: enableMount, delete: disableMount },
  },
];
