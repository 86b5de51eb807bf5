import type { VaultCore } from './core.ts';
import { isAtLeast } from './version.ts';

// Build dates Vault reports; unknown versions get a plausible one.
const buildDates: Record<string, string> = {
  '1.17.2': '2024-07-05T15:19:12Z',
  '1.20.4': '2025-09-23T13:22:38Z',
};

export function buildDate(version: string): string {
  return buildDates[version] ?? '2025-01-01T00:00:00Z';
}

/** The flat body of `sys/seal-status` and `sys/unseal` (contract §1.3). */
export function sealStatus(core: VaultCore): Record<string, unknown> {
  const { seal } = core.state;
  const { vaultVersion } = core.profile;
  const status: Record<string, unknown> = {
    type: 'shamir',
    initialized: seal.isInitialized,
    sealed: seal.isSealed,
    t: seal.threshold,
    n: seal.shares,
    progress: seal.progress.length,
    nonce: seal.nonce,
    version: vaultVersion,
  };
  if (isAtLeast(core.profile, '1.0')) {
    Object.assign(status, {
      build_date: buildDate(vaultVersion),
      migration: false,
      recovery_seal: false,
      storage_type: 'file',
    });
  }
  if (!seal.isSealed) {
    status['cluster_name'] = seal.clusterName;
    status['cluster_id'] = seal.clusterId;
  }
  return status;
}
