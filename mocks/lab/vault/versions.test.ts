import { describe, expect, it } from 'vitest';

import { legacyTokenProfile } from '../profile.ts';
import { readyVault, testVault } from './test-kit.ts';

const at = (vaultVersion: string) =>
  testVault({ profile: { ...legacyTokenProfile, vaultVersion } });

describe('version-dependent answers', () => {
  it('words an invalid token as one error before 1.17', async () => {
    const test = at('1.16.3');
    await readyVault(test);

    const answer = await test.call('GET', 'auth/token/lookup-self', {
      token: 'hvs.nope',
    });

    expect(answer.body.errors).toEqual([
      '1 error occurred:\n\t* permission denied\n\n',
    ]);
  });

  it('speaks like Vault 0.11 for the guide as first written', async () => {
    const test = at('0.11.6');
    const root = await readyVault(test);

    const lookup = await test.call('GET', 'auth/token/lookup-self', {
      token: root,
    });
    const route = await test.call('GET', 'foo/bar', { token: root });
    const status = await test.call('GET', 'sys/seal-status');

    expect(root).toMatch(/^[0-9a-f-]{36}$/);
    expect(lookup.body).not.toHaveProperty('mount_type');
    expect(route.body.errors).toEqual(["no handler for route 'foo/bar'"]);
    expect(status.body).not.toHaveProperty('storage_type');
  });

  it('uses s. tokens between 1.0 and 1.9', async () => {
    const test = at('1.5.9');

    const root = await readyVault(test);

    expect(root).toMatch(/^s\.[A-Za-z0-9]{24}$/);
  });
});
