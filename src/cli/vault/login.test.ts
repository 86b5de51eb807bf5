import { describe, expect, it } from 'vitest';

import { formatLogin } from './login.ts';

const rootLookup = {
  request_id: '3c5b2e8a-7f1d-4b0e-9a52-0c1d2e3f4a5b',
  lease_id: '',
  renewable: false,
  lease_duration: 0,
  data: {
    accessor: 'Qm4n5o6P7q8R9s0T1u2V3w4X',
    creation_time: 1714574400,
    creation_ttl: 0,
    display_name: 'root',
    entity_id: '',
    expire_time: null,
    explicit_max_ttl: 0,
    id: 'hvs.Xa1B2c3D4e5F6g7H8i9J0kLm',
    meta: null,
    num_uses: 0,
    orphan: true,
    path: 'auth/token/root',
    policies: ['root'],
    ttl: 0,
    type: 'service',
  },
  warnings: null,
  auth: null,
};

describe('formatLogin', () => {
  it('prints the success paragraph and the root token table', () => {
    expect(formatLogin(rootLookup)).toBe(
      [
        'Success! You are now authenticated. The token information ' +
          'displayed below',
        'is already stored in the token helper. You do NOT need to run ' +
          '"vault login"',
        'again. Future Vault requests will automatically use this token.',
        '',
        'Key                  Value',
        '---                  -----',
        'token                hvs.Xa1B2c3D4e5F6g7H8i9J0kLm',
        'token_accessor       Qm4n5o6P7q8R9s0T1u2V3w4X',
        'token_duration       ∞',
        'token_renewable      false',
        'token_policies       ["root"]',
        'identity_policies    []',
        'policies             ["root"]',
      ].join('\n'),
    );
  });

  it('shows a periodic token with its remaining time', () => {
    const lookup = {
      ...rootLookup,
      data: {
        ...rootLookup.data,
        policies: ['default', 'nomad-server'],
        renewable: true,
        ttl: 259190,
      },
    };

    const rows = formatLogin(lookup).split('\n').slice(-5);

    expect(rows).toEqual([
      'token_duration       71h59m50s',
      'token_renewable      true',
      'token_policies       ["default" "nomad-server"]',
      'identity_policies    []',
      'policies             ["default" "nomad-server"]',
    ]);
  });
});
