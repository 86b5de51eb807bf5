import { defaultPolicy } from './builtin-policies.ts';
import type { VaultCore } from './core.ts';
import { VaultError } from './errors.ts';
import { randomBytes, toBase64, toHex } from './ids.ts';
import { createDefaultMounts } from './mount-table.ts';
import { createRootToken } from './token-store.ts';

function count(body: Record<string, unknown>, key: string): number {
  const value = body[key];
  return typeof value === 'number' ? Math.trunc(value) : 0;
}

function checkSealConfig(shares: number, threshold: number) {
  const problem =
    shares < 1
      ? 'shares must be at least one'
      : threshold < 1
        ? 'threshold must be at least one'
        : shares > 1 && threshold === 1
          ? 'threshold must be greater than one for multiple shares'
          : shares > 255
            ? 'shares must be less than 256'
            : threshold > 255
              ? 'threshold must be less than 256'
              : threshold > shares
                ? 'threshold cannot be larger than shares'
                : undefined;
  if (problem) {
    throw VaultError.badRequest(`invalid seal configuration: ${problem}`);
  }
}

/** `PUT sys/init`: key shares, a root token, and a still sealed Vault. */
export function initialize(core: VaultCore, body: Record<string, unknown>) {
  const { seal } = core.state;
  if (seal.isInitialized) {
    throw VaultError.badRequest('Vault is already initialized');
  }
  const recoveryKeys = ['recovery_shares', 'recovery_threshold'];
  if (recoveryKeys.some((key) => count(body, key) > 0)) {
    throw VaultError.badRequest(
      'parameters specific to auto unseal seals present',
    );
  }
  const shares = count(body, 'secret_shares');
  const threshold = count(body, 'secret_threshold');
  checkSealConfig(shares, threshold);
  // Shamir shares are 32 key bytes plus one x-coordinate byte.
  const keys = Array.from({ length: shares }, () => randomBytes(33));
  Object.assign(seal, {
    isInitialized: true,
    isSealed: true,
    shares,
    threshold,
    unsealKeys: keys.map(toHex),
    progress: [],
    nonce: '',
    clusterName: `vault-cluster-${toHex(randomBytes(4))}`,
    clusterId: globalThis.crypto.randomUUID(),
  });
  core.state.policies['default'] = defaultPolicy();
  createDefaultMounts(core);
  const root = createRootToken(core);
  return {
    keys: keys.map(toHex),
    keys_base64: keys.map(toBase64),
    root_token: root.id,
  };
}
