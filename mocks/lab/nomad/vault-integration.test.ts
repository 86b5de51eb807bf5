import { describe, expect, it } from 'vitest';
import { guideVault, type GuideVault } from '../vault/guide-vault.ts';
import { nomadClusterRole } from '../vault/guide-fixtures.ts';
import type { NomadVaultConfig } from './index.ts';
import { plainWebJobspec, webJobspec } from './test-jobspecs.ts';
import { at, testNomad } from './test-kit.ts';

async function setup(role: Record<string, unknown> = nomadClusterRole) {
  const vault = await guideVault();
  await vault.test.call('PUT', 'auth/token/roles/nomad-cluster', {
    token: vault.root,
    body: role,
  });
  const serverToken = await vault.tokenWith(['nomad-server']);
  const nomad = testNomad({ vault: vault.test.vault.handle });
  const config: NomadVaultConfig = {
    enabled: true,
    address: 'http://127.0.0.1:8200',
    task_token_ttl: '1h',
    create_from_role: 'nomad-cluster',
    token: serverToken,
  };
  return { vault, nomad, config };
}

const lookup = (vault: GuideVault, token: string) =>
  vault.test.call('POST', 'auth/token/lookup', {
    token: vault.root,
    body: { token },
  });

describe("Nomad's legacy Vault integration", () => {
  it('refuses a token role without a period (C5)', async () => {
    const { nomad, config } = await setup({
      ...nomadClusterRole,
      token_period: 0,
    });
    expect(await nomad.nomad.applyVaultConfig(config)).toEqual({
      ok: false,
      errors: ['Role must have a non-zero period to make tokens periodic.'],
    });
  });

  it('refuses a token role with an explicit max TTL (C5)', async () => {
    const { nomad, config } = await setup({
      ...nomadClusterRole,
      token_explicit_max_ttl: 3600,
    });
    expect(await nomad.nomad.applyVaultConfig(config)).toEqual({
      ok: false,
      errors: ['Role can not use an explicit max ttl. Token must be periodic.'],
    });
  });

  it('refuses a role that does not exist, and an unreachable Vault', async () => {
    const { vault, nomad, config } = await setup();
    await vault.test.call('DELETE', 'auth/token/roles/nomad-cluster', {
      token: vault.root,
    });
    expect(await nomad.nomad.applyVaultConfig(config)).toEqual({
      ok: false,
      errors: ['Role "nomad-cluster" does not exist'],
    });
    const away = { ...config, address: 'http://127.0.0.1:8300' };
    expect(await nomad.nomad.applyVaultConfig(away)).toEqual({
      ok: false,
      errors: [
        'failed to lookup Vault periodic token: Get ' +
          '"http://127.0.0.1:8300/v1/auth/token/lookup-self": dial tcp ' +
          '127.0.0.1:8300: connect: connection refused',
      ],
    });
  });

  it('shows the applied block in agent/self with the token redacted', async () => {
    const { nomad, config } = await setup();
    expect(await nomad.nomad.applyVaultConfig(config)).toEqual({ ok: true });
    const self = await nomad.call('GET', '/v1/agent/self');
    expect(at(self.json, 'config', 'Vaults', 0)).toMatchObject({
      Name: 'default',
      Enabled: true,
      Addr: 'http://127.0.0.1:8200',
      Role: 'nomad-cluster',
      TaskTokenTTL: '1h',
      AllowUnauthenticated: true,
      Token: '<redacted>',
    });
    expect(self.text).not.toContain(config.token);
    expect(at(self.json, 'stats', 'vault', 'token_ttl')).toBe('72h0m0s');
  });

  it('refuses jobs with vault policies while Vault is not enabled', async () => {
    const nomad = testNomad();
    const answer = await nomad.run(webJobspec);
    expect([answer.status, answer.text]).toEqual([
      500,
      '1 error occurred:\n\t* Vault "default" not enabled but used in the job\n\n',
    ]);
    expect((await nomad.run(plainWebJobspec)).status).toBe(200);
  });

  it('derives a task token from the role and revokes it on stop', async () => {
    const { vault, nomad, config } = await setup();
    await nomad.nomad.applyVaultConfig(config);
    await nomad.run(webJobspec);
    await nomad.nomad.settled();
    const [spec] = nomad.log.started;
    const token = spec?.vaultToken ?? '';
    expect(token).not.toBe('');
    expect(spec?.env['VAULT_TOKEN']).toBe(token);
    const found = await lookup(vault, token);
    expect(found.data['policies']).toEqual(['access-tables', 'default']);
    expect(at(found.data, 'meta', 'AllocationID')).toBe(spec?.allocId);
    expect(at(found.data, 'meta', 'Task')).toBe('server');
    await nomad.call('DELETE', '/v1/job/nomad-vault-demo');
    await nomad.nomad.settled();
    expect((await lookup(vault, token)).status).toBe(403);
  });

  it('fails the task when the role does not allow the policy', async () => {
    const { nomad, config } = await setup({
      ...nomadClusterRole,
      allowed_policies: 'other',
    });
    await nomad.nomad.applyVaultConfig(config);
    await nomad.run(webJobspec);
    await nomad.nomad.settled();
    expect(nomad.log.started).toEqual([]);
    const list = await nomad.call(
      'GET',
      '/v1/job/nomad-vault-demo/allocations',
    );
    expect(at(list.json, 0, 'ClientStatus')).toBe('failed');
    const events = at(list.json, 0, 'TaskStates', 'server', 'Events') as {
      Type: string;
      DisplayMessage: string;
    }[];
    expect(events.at(-1)?.Type).toBe('Killing');
    expect(events.at(-1)?.DisplayMessage).toMatch(
      new RegExp(
        '^Vault: server failed to derive vault token: failed to create an ' +
          'alloc vault token: Error making API request\\.\\n\\nURL: POST ' +
          'http://127\\.0\\.0\\.1:8200/v1/auth/token/create/nomad-cluster\\n' +
          'Code: 400\\. Errors:\\n\\n\\* token policies \\(.*\\) must be ' +
          "subset of the role's allowed policies",
      ),
    );
  });
});
