import { beforeEach, describe, expect, it } from 'vitest';

import { nomadServerPolicy } from './guide-fixtures.ts';
import { guideVault } from './guide-vault.ts';
import type { TestVault } from './test-kit.ts';

let test: TestVault;
let root: string;
let tokenWith: (policies: string[]) => Promise<string>;

const serverToken = () => tokenWith(['nomad-server']);

beforeEach(async () => {
  ({ test, root, tokenWith } = await guideVault());
});

describe('permission checks and routing', () => {
  it('denies a policy write without a token (C3)', async () => {
    const answer = await test.call('PUT', 'sys/policies/acl/nomad-server', {
      body: { policy: nomadServerPolicy },
    });

    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({ errors: ['permission denied'] });
  });

  it('denies a token lacking the capability in multi-error form (C3)', async () => {
    const token = await serverToken();

    const answer = await test.call('PUT', 'sys/policies/acl/nomad-server', {
      token,
      body: { policy: nomadServerPolicy },
    });

    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({
      errors: ['1 error occurred:\n\t* permission denied\n\n'],
    });
  });

  it('answers an unknown token with permission denied and invalid token', async () => {
    const answer = await test.call('GET', 'auth/token/lookup-self', {
      token: 'hvs.nope',
    });

    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({
      errors: [
        '2 errors occurred:\n\t* permission denied\n\t* invalid token\n\n',
      ],
    });
  });

  it('accepts an Authorization Bearer token', async () => {
    const response = await test.vault.handle(
      new Request('http://vault.lab/v1/auth/token/lookup-self', {
        headers: { Authorization: `Bearer ${root}` },
      }),
    );

    expect(response.status).toBe(200);
  });

  it('lets the server token read its role but not write it', async () => {
    const token = await serverToken();

    const read = await test.call('GET', 'auth/token/roles/nomad-cluster', {
      token,
    });
    const write = await test.call('PUT', 'auth/token/roles/nomad-cluster', {
      token,
      body: { orphan: false },
    });

    expect(read.status).toBe(200);
    expect(write.status).toBe(403);
  });

  it('reports capabilities-self with the top-level copy', async () => {
    const token = await serverToken();

    const answer = await test.call('POST', 'sys/capabilities-self', {
      token,
      body: { paths: ['auth/token/create/nomad-cluster'] },
    });

    expect(answer.data).toEqual({
      'auth/token/create/nomad-cluster': ['update'],
      capabilities: ['update'],
    });
    expect(answer.body['capabilities']).toEqual(['update']);
  });

  it('names unknown routes and unsupported paths', async () => {
    const route = await test.call('GET', 'foo/bar', { token: root });
    const inside = await test.call('GET', 'auth/token/nope', { token: root });
    const method = await test.call('DELETE', 'auth/token/lookup-self', {
      token: root,
    });

    expect(route.status).toBe(404);
    expect(route.body.errors).toEqual([
      'no handler for route "foo/bar". route entry not found.',
    ]);
    expect(inside.body.errors).toEqual([
      '1 error occurred:\n\t* unsupported path\n\n',
    ]);
    expect(method.status).toBe(405);
    expect(method.body.errors).toEqual([
      '1 error occurred:\n\t* unsupported operation\n\n',
    ]);
  });

  it('warns about parameters an endpoint ignores', async () => {
    const answer = await test.call('POST', 'auth/token/lookup', {
      token: root,
      body: { token: root, foo: 1, bar: 2 },
    });

    expect(answer.body['warnings']).toEqual([
      'Endpoint ignored these unrecognized parameters: [bar foo]',
    ]);
  });
});
