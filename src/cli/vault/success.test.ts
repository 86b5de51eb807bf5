import { describe, expect, it } from 'vitest';

import {
  formatLeaseRevoke,
  formatPolicyWrite,
  formatSecretsEnable,
  formatWriteResult,
} from './success.ts';

describe('vault success lines', () => {
  it('confirms an uploaded policy', () => {
    expect(formatPolicyWrite('nomad-server')).toBe(
      'Success! Uploaded policy: nomad-server',
    );
  });

  it('confirms an enabled engine with a trailing slash on its path', () => {
    expect(formatSecretsEnable('database')).toBe(
      'Success! Enabled the database secrets engine at: database/',
    );
  });

  it('confirms a write that Vault answered with 204', () => {
    expect(formatWriteResult(undefined, 'database/roles/accessdb')).toBe(
      'Success! Data written to: database/roles/accessdb',
    );
  });

  it('prints nothing for a 200 answer with an empty envelope', () => {
    const empty = { lease_id: '', lease_duration: 0, renewable: false };

    expect(formatWriteResult(empty, 'database/config/postgresql')).toBe('');
  });

  it('tells apart async and sync lease revocation', () => {
    const leaseId = 'database/creds/accessdb/Xy9Zk2LmN4pQ6rS8tU0vW2xY';

    expect(formatLeaseRevoke(leaseId)).toBe(
      'All revocation operations queued successfully!',
    );
    expect(formatLeaseRevoke(leaseId, { isSync: true })).toBe(
      `Success! Revoked lease: ${leaseId}`,
    );
  });
});
