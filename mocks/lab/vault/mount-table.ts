import type { VaultCore } from './core.ts';
import { randomBytes, toHex, uuid } from './ids.ts';
import type { MountEntry } from './state.ts';

function mountEntry(
  path: string,
  type: string,
  description: string,
): MountEntry {
  const accessorType = type === 'system' ? 'system' : type;
  return {
    path,
    type,
    description,
    accessor: `${accessorType}_${toHex(randomBytes(4))}`,
    uuid: uuid(),
    defaultLeaseTtl: 0,
    maxLeaseTtl: 0,
    isLocal: false,
    isSealWrapped: false,
    options: null,
  };
}

/** The mounts a fresh (non-dev) server starts with. */
export function createDefaultMounts(core: VaultCore) {
  const { mounts } = core.state;
  mounts['cubbyhole/'] = mountEntry(
    'cubbyhole/',
    'cubbyhole',
    'per-token private secret storage',
  );
  mounts['identity/'] = mountEntry('identity/', 'identity', 'identity store');
  mounts['sys/'] = mountEntry(
    'sys/',
    'system',
    'system endpoints used for control, policy and debugging',
  );
}

export function newMount(path: string, type: string, description: string) {
  return mountEntry(path, type, description);
}

// The token store is an auth method, so it is not in the secrets table.
const tokenMount: MountEntry = {
  ...mountEntry('auth/token/', 'token', 'token based credentials'),
  accessor: 'auth_token_00000000',
};

/** The mount serving `path` (longest matching prefix), if any. */
export function findMount(
  core: VaultCore,
  path: string,
): MountEntry | undefined {
  const candidates = [...Object.values(core.state.mounts), tokenMount];
  const withSlash = `${path}/`;
  return candidates
    .filter((mount) => withSlash.startsWith(mount.path))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** A mount as `sys/mounts` describes it (contract §7). */
export function describeMount(core: VaultCore, mount: MountEntry) {
  const info: Record<string, unknown> = {
    accessor: mount.accessor,
    config: {
      default_lease_ttl: mount.defaultLeaseTtl,
      force_no_cache: false,
      max_lease_ttl: mount.maxLeaseTtl,
    },
    description: mount.description,
    external_entropy_access: false,
    local: mount.isLocal,
    options: mount.options,
    plugin_version: '',
    running_plugin_version: `v${core.profile.vaultVersion}+builtin.vault`,
    running_sha256: '',
    seal_wrap: mount.isSealWrapped,
    type: mount.type,
    uuid: mount.uuid,
  };
  if (mount.type === 'database') info['deprecation_status'] = 'supported';
  return info;
}
