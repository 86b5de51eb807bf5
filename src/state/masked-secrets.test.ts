import { describe, expect, it } from 'vitest';

import { maskedSecretValues } from './masked-secrets.ts';

describe('maskedSecretValues', () => {
  it('lists credentials but not the names of things', () => {
    const values = maskedSecretValues({
      unsealKey: 'key',
      rootToken: 'hvs.root',
      serverToken: 'hvs.server',
      dbUsername: 'v-token-accessdb-x1',
      dbPassword: 'A1a-secret',
      dbLeaseId: 'database/creds/accessdb/abc',
    });

    expect(values).toEqual(['key', 'hvs.root', 'hvs.server', 'A1a-secret']);
  });
});
