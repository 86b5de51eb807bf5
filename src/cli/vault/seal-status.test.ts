import { describe, expect, it } from 'vitest';

import { formatSealStatus } from './seal-status.ts';

const sealed = {
  type: 'shamir',
  initialized: true,
  sealed: true,
  t: 1,
  n: 1,
  progress: 0,
  nonce: '',
  version: '1.20.4',
  build_date: '2025-09-23T13:22:38Z',
  migration: false,
  recovery_seal: false,
  storage_type: 'file',
};

describe('formatSealStatus', () => {
  it('shows progress and an n/a nonce while sealed', () => {
    expect(formatSealStatus(sealed)).toBe(
      [
        'Key                Value',
        '---                -----',
        'Seal Type          shamir',
        'Initialized        true',
        'Sealed             true',
        'Total Shares       1',
        'Threshold          1',
        'Unseal Progress    0/1',
        'Unseal Nonce       n/a',
        'Version            1.20.4',
        'Build Date         2025-09-23T13:22:38Z',
        'Storage Type       file',
        'HA Enabled         false',
      ].join('\n'),
    );
  });

  it('shows the cluster rows once unsealed', () => {
    const unsealed = {
      ...sealed,
      sealed: false,
      cluster_name: 'vault-cluster-1a2b3c4d',
      cluster_id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
    };

    expect(formatSealStatus(unsealed)).toBe(
      [
        'Key             Value',
        '---             -----',
        'Seal Type       shamir',
        'Initialized     true',
        'Sealed          false',
        'Total Shares    1',
        'Threshold       1',
        'Version         1.20.4',
        'Build Date      2025-09-23T13:22:38Z',
        'Storage Type    file',
        'Cluster Name    vault-cluster-1a2b3c4d',
        'Cluster ID      5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
        'HA Enabled      false',
      ].join('\n'),
    );
  });

  it('adds the HA flag to the JSON form', () => {
    const text = formatSealStatus(sealed, { format: 'json' });

    expect(JSON.parse(text)).toMatchObject({ sealed: true, ha_enabled: false });
  });
});
