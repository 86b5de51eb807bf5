// The seal status table printed by `vault operator unseal` and
// `vault status` (contract §1.4; OutputSealStatus in the CLI).
import { goJson } from '../shared/go-json.ts';
import { formatVaultColumns, type VaultRow } from './table.ts';
import type { VaultFormat, VaultSealStatus } from './types.ts';

export interface SealStatusOptions {
  /** From GET sys/leader; file storage has no HA, so false by default. */
  isHaEnabled?: boolean | undefined;
  format?: VaultFormat | undefined;
}

/** The `Key`/`Value` seal status table (exit code 2 when sealed). */
export function formatSealStatus(
  status: VaultSealStatus,
  options: SealStatusOptions = {},
): string {
  const isHaEnabled = options.isHaEnabled ?? false;
  if (options.format === 'json') return sealStatusJson(status, isHaEnabled);
  const seal = status.recovery_seal ? 'Recovery ' : '';
  const rows: VaultRow[] = [
    [`${seal}Seal Type`, status.type],
    ['Initialized', String(status.initialized)],
    ['Sealed', String(status.sealed)],
    [`Total ${seal}Shares`, String(status.n)],
    ['Threshold', String(status.t)],
  ];
  if (status.sealed) {
    rows.push(
      ['Unseal Progress', `${status.progress}/${status.t}`],
      ['Unseal Nonce', status.nonce ?? ''],
    );
  }
  if (status.migration) rows.push(['Seal Migration in Progress', 'true']);
  rows.push(
    ['Version', status.version ?? ''],
    ['Build Date', status.build_date ?? ''],
    ['Storage Type', status.storage_type ?? ''],
  );
  if (status.cluster_name && status.cluster_id) {
    rows.push(
      ['Cluster Name', status.cluster_name],
      ['Cluster ID', status.cluster_id],
    );
  }
  rows.push(['HA Enabled', String(isHaEnabled)]);
  return formatVaultColumns(['Key', 'Value'], rows);
}

/** api.SealStatusResponse's field order, then the leader's HA flag. */
function sealStatusJson(status: VaultSealStatus, isHaEnabled: boolean) {
  const encoded: Record<string, unknown> = {
    type: status.type,
    initialized: status.initialized,
    sealed: status.sealed,
    t: status.t,
    n: status.n,
    progress: status.progress,
    nonce: status.nonce ?? '',
    version: status.version ?? '',
    build_date: status.build_date ?? '',
    migration: status.migration ?? false,
  };
  if (status.cluster_name) encoded['cluster_name'] = status.cluster_name;
  if (status.cluster_id) encoded['cluster_id'] = status.cluster_id;
  encoded['recovery_seal'] = status.recovery_seal ?? false;
  if (status.storage_type) encoded['storage_type'] = status.storage_type;
  encoded['ha_enabled'] = isHaEnabled;
  return goJson(encoded);
}

/** `vault operator unseal KEY`: the seal status after the key. */
export const formatUnseal = formatSealStatus;

/** `vault status`: the same table. */
export const formatStatus = formatSealStatus;
