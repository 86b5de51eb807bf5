import { beforeEach, describe, expect, it } from 'vitest';

import { guideVault } from './guide-vault.ts';
import type { TestVault } from './test-kit.ts';

let test: TestVault;
let root: string;
let tokenWith: (policies: string[]) => Promise<string>;

beforeEach(async () => {
  ({ test, root, tokenWith } = await guideVault());
});

describe('sys/mounts', () => {
  it('starts with the default mounts of a non-dev server', async () => {
    const answer = await test.call('GET', 'sys/mounts', { token: root });

    expect(Object.keys(answer.data)).toEqual([
      'cubbyhole/',
      'identity/',
      'sys/',
    ]);
    expect(answer.body['sys/']).toMatchObject({ type: 'system' });
    expect(answer.body['mount_type']).toBe('system');
  });

  it('enables, reads and disables the database engine', async () => {
    const enable = await test.call('POST', 'sys/mounts/database', {
      token: root,
      body: { type: 'database', config: { default_lease_ttl: '1h' } },
    });
    const read = await test.call('GET', 'sys/mounts/database', {
      token: root,
    });
    const disable = await test.call('DELETE', 'sys/mounts/database', {
      token: root,
    });
    const gone = await test.call('GET', 'sys/mounts/database', {
      token: root,
    });

    expect(enable.status).toBe(204);
    expect(read.data).toMatchObject({
      type: 'database',
      config: { default_lease_ttl: 3600, max_lease_ttl: 0 },
      deprecation_status: 'supported',
    });
    expect(String(read.data['accessor'])).toMatch(/^database_[0-9a-f]{8}$/);
    expect(disable.status).toBe(204);
    expect(gone.body.errors).toEqual(['No secret engine mount at database/']);
  });

  it('needs sudo to enable an engine', async () => {
    await test.call('PUT', 'sys/policies/acl/mounter', {
      token: root,
      body: { policy: 'path "sys/mounts/*" { capabilities = ["update"] }' },
    });
    const token = await tokenWith(['mounter']);

    const answer = await test.call('POST', 'sys/mounts/database', {
      token,
      body: { type: 'database' },
    });

    expect(answer.status).toBe(403);
  });

  it('names a missing type and an unknown plugin', async () => {
    const missing = await test.call('POST', 'sys/mounts/db', {
      token: root,
      body: {},
    });
    const unknown = await test.call('POST', 'sys/mounts/db', {
      token: root,
      body: { type: 'foo' },
    });

    expect(missing.body.errors).toEqual([
      'backend type must be specified as a string',
    ]);
    expect(unknown.body.errors).toEqual([
      'plugin not found in the catalog: foo',
    ]);
  });
});
