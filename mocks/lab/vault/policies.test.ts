import { beforeEach, describe, expect, it } from 'vitest';

import { accessTablesPolicy } from './guide-fixtures.ts';
import { guideVault } from './guide-vault.ts';
import type { TestVault } from './test-kit.ts';

let test: TestVault;
let root: string;

beforeEach(async () => {
  ({ test, root } = await guideVault());
});

describe('ACL policies', () => {
  it('reads, lists and protects policies', async () => {
    const read = await test.call('GET', 'sys/policies/acl/access-tables', {
      token: root,
    });
    const list = await test.call('LIST', 'sys/policies/acl', { token: root });
    const root403 = await test.call('PUT', 'sys/policies/acl/root', {
      token: root,
      body: { policy: accessTablesPolicy },
    });
    const legacy = await test.call('GET', 'sys/policy/access-tables', {
      token: root,
    });

    expect(read.data).toEqual({
      name: 'access-tables',
      policy: accessTablesPolicy,
    });
    expect(list.data['keys']).toEqual([
      'access-tables',
      'default',
      'nomad-server',
      'root',
      'token-maker',
    ]);
    expect(root403.body.errors).toEqual(['cannot update "root" policy']);
    expect(legacy.body['rules']).toBe(accessTablesPolicy);
  });

  it('answers 400 naming the problem in a malformed policy', async () => {
    const answer = await test.call('PUT', 'sys/policies/acl/bad', {
      token: root,
      body: { policy: 'path "x" {\n  capabilities = ["reed"]\n}' },
    });

    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      'failed to parse policy: path "x": invalid capability "reed"',
    ]);
  });
});
