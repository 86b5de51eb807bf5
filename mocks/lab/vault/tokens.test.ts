import { beforeEach, describe, expect, it } from 'vitest';

import { guideVault } from './guide-vault.ts';
import type { TestVault } from './test-kit.ts';

let test: TestVault;
let root: string;
let tokenWith: (policies: string[]) => Promise<string>;

const serverToken = () => tokenWith(['nomad-server']);

beforeEach(async () => {
  ({ test, root, tokenWith } = await guideVault());
});

describe('tokens', () => {
  it('looks up the root token', async () => {
    const answer = await test.call('GET', 'auth/token/lookup-self', {
      token: root,
    });

    expect(answer.status).toBe(200);
    expect(answer.data).toMatchObject({
      id: root,
      policies: ['root'],
      display_name: 'root',
      path: 'auth/token/root',
      orphan: true,
      ttl: 0,
      expire_time: null,
    });
    expect(answer.body['mount_type']).toBe('token');
  });

  it('makes a periodic orphan token for the Nomad server', async () => {
    const created = await test.call('POST', 'auth/token/create', {
      token: root,
      body: {
        policies: ['nomad-server'],
        period: '72h0m0s',
        ttl: '0s',
        explicit_max_ttl: '0s',
        no_parent: true,
        renewable: true,
        num_uses: 0,
      },
    });
    const auth = created.body['auth'] as Record<string, unknown>;
    test.advance(60);

    const lookup = await test.call('GET', 'auth/token/lookup-self', {
      token: String(auth['client_token']),
    });

    expect(auth).toMatchObject({
      policies: ['default', 'nomad-server'],
      token_policies: ['default', 'nomad-server'],
      lease_duration: 259200,
      renewable: true,
      orphan: true,
      token_type: 'service',
    });
    expect(String(auth['client_token'])).toMatch(/^hvs\.CAES[\w-]{80,}$/);
    expect(lookup.data).toMatchObject({
      period: 259200,
      orphan: true,
      ttl: 259140,
      creation_ttl: 259200,
      path: 'auth/token/create',
      renewable: true,
    });
  });

  it('keeps the server token off auth/token/create itself', async () => {
    const token = await serverToken();

    const answer = await test.call('POST', 'auth/token/create', {
      token,
      body: { policies: ['access-tables'] },
    });

    expect(answer.status).toBe(403);
  });

  it('refuses policies the caller lacks but not via the role (C4)', async () => {
    const token = await tokenWith(['nomad-server', 'token-maker']);

    const direct = await test.call('POST', 'auth/token/create', {
      token,
      body: { policies: ['access-tables'] },
    });
    const viaRole = await test.call('POST', 'auth/token/create/nomad-cluster', {
      token,
      body: { policies: ['access-tables'] },
    });

    expect(direct.status).toBe(400);
    expect(direct.body).toEqual({
      errors: ['child policies must be subset of parent'],
    });
    expect(viaRole.status).toBe(200);
    expect(viaRole.body['auth']).toMatchObject({
      policies: ['access-tables', 'default'],
      orphan: true,
      lease_duration: 259200,
    });
  });

  it('refuses a policy the role disallows', async () => {
    const answer = await test.call('POST', 'auth/token/create/nomad-cluster', {
      token: root,
      body: { policies: ['nomad-server'] },
    });

    expect(answer.body.errors).toEqual([
      'token policy "nomad-server" is disallowed by this role',
    ]);
  });

  it('needs sudo for an orphan token on auth/token/create', async () => {
    const token = await tokenWith(['token-maker']);

    const answer = await test.call('POST', 'auth/token/create', {
      token,
      body: { no_parent: true },
    });

    expect(answer.body.errors).toEqual([
      'root or sudo privileges required to create orphan token',
    ]);
  });

  it('warns about policies that do not exist', async () => {
    const answer = await test.call('POST', 'auth/token/create', {
      token: root,
      body: { policies: ['missing'] },
    });

    expect(answer.status).toBe(200);
    expect(answer.body['warnings']).toEqual([
      'Policy "missing" does not exist',
    ]);
  });

  it('revokes a token by accessor, and its children with it', async () => {
    const parent = await test.call('POST', 'auth/token/create', {
      token: root,
      body: { policies: ['token-maker'] },
    });
    const parentAuth = parent.body['auth'] as Record<string, string>;
    const child = await test.call('POST', 'auth/token/create', {
      token: parentAuth['client_token'],
      body: {},
    });
    const childToken = (child.body['auth'] as Record<string, string>)[
      'client_token'
    ];

    const revoke = await test.call('POST', 'auth/token/revoke-accessor', {
      token: root,
      body: { accessor: parentAuth['accessor'] },
    });
    const lookup = await test.call('POST', 'auth/token/lookup', {
      token: root,
      body: { token: childToken },
    });

    expect(revoke.status).toBe(204);
    expect(lookup.status).toBe(403);
    expect(lookup.body.errors).toEqual(['bad token']);
  });

  it('warns when no token has the accessor', async () => {
    const answer = await test.call('POST', 'auth/token/revoke-accessor', {
      token: root,
      body: { accessor: 'nope' },
    });

    expect(answer.status).toBe(200);
    expect(answer.body['warnings']).toEqual([
      'No token found with this accessor',
    ]);
  });

  it('expires a non-periodic token after its TTL', async () => {
    const created = await test.call('POST', 'auth/token/create', {
      token: root,
      body: { policies: ['access-tables'], ttl: '1h' },
    });
    const token = (created.body['auth'] as Record<string, string>)[
      'client_token'
    ];
    test.advance(3601);

    const answer = await test.call('GET', 'auth/token/lookup-self', { token });

    expect(answer.status).toBe(403);
  });

  it('renews a periodic token back to its period', async () => {
    const token = await serverToken();
    test.advance(3600);

    const renew = await test.call('POST', 'auth/token/renew-self', { token });

    expect(renew.body['auth']).toMatchObject({ lease_duration: 259200 });
  });
});
