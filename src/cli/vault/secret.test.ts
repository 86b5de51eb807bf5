import { describe, expect, it } from 'vitest';

import { formatSecret } from './secret.ts';

const tokenCreated = {
  request_id: '9d1c0f2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
  lease_id: '',
  renewable: false,
  lease_duration: 0,
  data: null,
  wrap_info: null,
  warnings: null,
  auth: {
    client_token: 'hvs.CAESIJt2rQ8mZp0',
    accessor: 'aB3dE5fG7hJ9kL1mN3pQ5rS7',
    policies: ['default', 'nomad-server'],
    token_policies: ['default', 'nomad-server'],
    metadata: null,
    lease_duration: 259200,
    renewable: true,
    entity_id: '',
    token_type: 'service',
    orphan: true,
    mfa_requirement: null,
    num_uses: 0,
  },
  mount_type: 'token',
};

const databaseCreds = {
  request_id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
  lease_id: 'database/creds/accessdb/Xy9Zk2LmN4pQ6rS8tU0vW2xY',
  renewable: true,
  lease_duration: 3600,
  data: {
    username: 'v-root-accessdb-Ab3Cd5Ef7Gh9Ij1Kl3Mn-1714574400',
    password: 'V4f4MMtaQ-bnqrgr78LC',
  },
  wrap_info: null,
  warnings: null,
  auth: null,
  mount_type: 'database',
};

describe('formatSecret', () => {
  it('prints an orphan periodic token like vault token create', () => {
    expect(formatSecret(tokenCreated)).toBe(
      [
        'Key                  Value',
        '---                  -----',
        'token                hvs.CAESIJt2rQ8mZp0',
        'token_accessor       aB3dE5fG7hJ9kL1mN3pQ5rS7',
        'token_duration       72h',
        'token_renewable      true',
        'token_policies       ["default" "nomad-server"]',
        'identity_policies    []',
        'policies             ["default" "nomad-server"]',
      ].join('\n'),
    );
  });

  it('prints lease rows before the sorted credentials', () => {
    expect(formatSecret(databaseCreds)).toBe(
      [
        'Key                Value',
        '---                -----',
        'lease_id           database/creds/accessdb/Xy9Zk2LmN4pQ6rS8tU0vW2xY',
        'lease_duration     1h',
        'lease_renewable    true',
        'password           V4f4MMtaQ-bnqrgr78LC',
        'username           v-root-accessdb-Ab3Cd5Ef7Gh9Ij1Kl3Mn-1714574400',
      ].join('\n'),
    );
  });

  it('humanises durations and prints lists and empty values Go-style', () => {
    const roleRead = {
      ...databaseCreds,
      lease_id: '',
      renewable: false,
      lease_duration: 0,
      data: {
        allowed_policies: ['access-tables'],
        explicit_max_ttl: 0,
        name: 'nomad-cluster',
        orphan: true,
        path_suffix: '',
        token_period: 259200,
      },
    };

    expect(formatSecret(roleRead)).toBe(
      [
        'Key                 Value',
        '---                 -----',
        'allowed_policies    [access-tables]',
        'explicit_max_ttl    0s',
        'name                nomad-cluster',
        'orphan              true',
        'path_suffix         n/a',
        'token_period        72h',
      ].join('\n'),
    );
  });

  it('calls a lease without an id a refresh interval', () => {
    const kvRead = {
      lease_id: '',
      lease_duration: 2764800,
      renewable: false,
      data: { value: 'x' },
    };

    expect(formatSecret(kvRead).split('\n')[2]).toBe(
      'refresh_interval    768h',
    );
  });

  it('prints warnings above the table', () => {
    const withWarning = {
      ...tokenCreated,
      warnings: ['Policy "nomad-server" does not exist'],
    };

    const lines = formatSecret(withWarning).split('\n');

    expect(lines.slice(0, 5)).toEqual([
      'WARNING! The following warnings were returned from Vault:',
      '',
      '  * Policy "nomad-server" does not exist',
      '',
      'Key                  Value',
    ]);
  });

  it('prints only the wrapped warnings when there is nothing else', () => {
    const configWarning = {
      lease_id: '',
      lease_duration: 0,
      renewable: false,
      data: null,
      warnings: [
        'Password found in connection_url, use a templated url to enable ' +
          'root rotation and prevent read access to password information.',
      ],
    };

    expect(formatSecret(configWarning)).toBe(
      [
        'WARNING! The following warnings were returned from Vault:',
        '',
        '  * Password found in connection_url, use a templated url to ' +
          'enable root',
        '  rotation and prevent read access to password information.',
        '',
      ].join('\n'),
    );
  });

  it('prints an empty envelope as nothing at all', () => {
    const empty = { lease_id: '', lease_duration: 0, renewable: false };

    expect(formatSecret({ ...empty, data: null })).toBe('');
  });

  it('prints one raw value for -field', () => {
    expect(formatSecret(databaseCreds, { field: 'password' })).toBe(
      'V4f4MMtaQ-bnqrgr78LC',
    );
    expect(formatSecret(tokenCreated, { field: 'token_policies' })).toBe(
      '[default nomad-server]',
    );
    expect(formatSecret(tokenCreated, { field: 'token_duration' })).toBe(
      '259200',
    );
  });

  it('reports a field the answer lacks', () => {
    expect(formatSecret(databaseCreds, { field: 'nope' })).toBe(
      'Field "nope" not present in secret',
    );
  });

  it('re-encodes the envelope in api.Secret order for -format=json', () => {
    const text = formatSecret(tokenCreated, { format: 'json' });

    expect(text.split('\n').slice(0, 10)).toEqual([
      '{',
      '  "request_id": "9d1c0f2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f",',
      '  "lease_id": "",',
      '  "lease_duration": 0,',
      '  "renewable": false,',
      '  "data": null,',
      '  "warnings": null,',
      '  "auth": {',
      '    "client_token": "hvs.CAESIJt2rQ8mZp0",',
      '    "accessor": "aB3dE5fG7hJ9kL1mN3pQ5rS7",',
    ]);
    expect(text.endsWith('  },\n  "mount_type": "token"\n}')).toBe(true);
  });
});
