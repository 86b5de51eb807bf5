// Test setup: an unsealed Vault holding the guide's policies and role.

import {
  accessTablesPolicy,
  nomadClusterRole,
  nomadServerPolicy,
} from './guide-fixtures.ts';
import { readyVault, testVault, type TestVault } from './test-kit.ts';

export interface GuideVault {
  test: TestVault;
  root: string;
  /** A periodic orphan token holding exactly `policies` (plus default). */
  tokenWith(policies: string[]): Promise<string>;
}

export async function guideVault(): Promise<GuideVault> {
  const test = testVault();
  const root = await readyVault(test);
  const policies = {
    'nomad-server': nomadServerPolicy,
    'access-tables': accessTablesPolicy,
    'token-maker': 'path "auth/token/create" { capabilities = ["update"] }',
  };
  for (const [name, policy] of Object.entries(policies)) {
    await test.call('PUT', `sys/policies/acl/${name}`, {
      token: root,
      body: { policy },
    });
  }
  await test.call('PUT', 'auth/token/roles/nomad-cluster', {
    token: root,
    body: nomadClusterRole,
  });
  return {
    test,
    root,
    async tokenWith(names) {
      const created = await test.call('POST', 'auth/token/create', {
        token: root,
        body: { policies: names, period: '72h', no_parent: true },
      });
      const auth = created.body['auth'] as { client_token: string };
      return auth.client_token;
    },
  };
}
