import { beforeEach, describe, expect, it } from 'vitest';

import { guideVault } from './guide-vault.ts';
import type { TestVault } from './test-kit.ts';

let test: TestVault;
let root: string;

beforeEach(async () => {
  ({ test, root } = await guideVault());
});

describe('token roles', () => {
  it('round-trips every token role field with defaults', async () => {
    const answer = await test.call('GET', 'auth/token/roles/nomad-cluster', {
      token: root,
    });

    expect(answer.data).toEqual({
      allowed_entity_aliases: [],
      allowed_policies: [],
      allowed_policies_glob: [],
      disallowed_policies: ['nomad-server'],
      disallowed_policies_glob: [],
      explicit_max_ttl: 0,
      name: 'nomad-cluster',
      orphan: true,
      path_suffix: '',
      period: 259200,
      renewable: true,
      token_explicit_max_ttl: 0,
      token_no_default_policy: false,
      token_period: 259200,
      token_type: 'default-service',
    });
  });

  it('lists roles and answers 404 with no errors for an unknown one', async () => {
    const list = await test.call('LIST', 'auth/token/roles', { token: root });
    const missing = await test.call('GET', 'auth/token/roles/nope', {
      token: root,
    });

    expect(list.data).toEqual({ keys: ['nomad-cluster'] });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ errors: [] });
  });
});
