// A lab served on other ports (the sandbox with --vault-port/--nomad-port)
// reaches its Vault only where it listens and reports its own HTTP port.
import { describe, expect, it } from 'vitest';

import { legacyTokenProfile } from '../profile.ts';
import { createMemoryNetwork } from '../runtime/network.ts';
import { guideVault } from '../vault/guide-vault.ts';
import { createNomad, type NomadVaultConfig } from './index.ts';
import { recordingRuntime, at } from './test-kit.ts';

async function servedAt(vaultAddr: string, nomadAddr: string) {
  const vault = await guideVault();
  const nomad = createNomad({
    profile: legacyTokenProfile,
    clock: () => Date.parse('2031-05-01T12:00:00Z'),
    network: createMemoryNetwork(),
    runtime: recordingRuntime({ started: [], stopped: [] }),
    vault: vault.test.vault.handle,
    vaultAddr,
    nomadAddr,
  });
  const block = (address: string): NomadVaultConfig => ({
    enabled: true,
    address,
    task_token_ttl: '1h',
    create_from_role: 'nomad-cluster',
    token: serverToken,
  });
  const serverToken = await vault.tokenWith(['nomad-server']);
  return { nomad, block };
}

const refused = (address: string, target: string) =>
  `failed to lookup Vault periodic token: Get ` +
  `"${address}/v1/auth/token/lookup-self": dial tcp ${target}: ` +
  'connect: connection refused';

describe('a lab served on other ports', () => {
  it('reaches Vault at its served port, also through localhost', async () => {
    const { nomad, block } = await servedAt(
      'http://127.0.0.1:18200',
      'http://127.0.0.1:14646',
    );

    const direct = await nomad.applyVaultConfig(
      block('http://127.0.0.1:18200'),
    );
    const named = await nomad.applyVaultConfig(
      block('http://localhost:18200/'),
    );

    expect(direct).toEqual({ ok: true });
    expect(named).toEqual({ ok: true });
  });

  it('finds nothing listening on 8200 when Vault is elsewhere', async () => {
    const { nomad, block } = await servedAt(
      'http://127.0.0.1:18200',
      'http://127.0.0.1:14646',
    );

    const answer = await nomad.applyVaultConfig(block('http://127.0.0.1:8200'));

    expect(answer).toEqual({
      ok: false,
      errors: [refused('http://127.0.0.1:8200', '127.0.0.1:8200')],
    });
  });

  it('refuses another host, and https to a plain-HTTP Vault', async () => {
    const { nomad, block } = await servedAt(
      'http://127.0.0.1:18200',
      'http://127.0.0.1:14646',
    );

    const remote = await nomad.applyVaultConfig(
      block('http://192.0.2.5:18200'),
    );
    const tls = await nomad.applyVaultConfig(block('https://127.0.0.1:18200'));

    expect(remote).toEqual({
      ok: false,
      errors: [refused('http://192.0.2.5:18200', '192.0.2.5:18200')],
    });
    expect(tls).toEqual({
      ok: false,
      errors: [
        'failed to lookup Vault periodic token: Get ' +
          '"https://127.0.0.1:18200/v1/auth/token/lookup-self": http: ' +
          'server gave HTTP response to HTTPS client',
      ],
    });
  });

  it('reports the HTTP port it is served on in agent/self', async () => {
    const { nomad } = await servedAt(
      'http://127.0.0.1:18200',
      'http://127.0.0.1:14646',
    );

    const self = await nomad.handle(
      new Request('http://127.0.0.1:14646/v1/agent/self'),
    );

    expect(at(await self.json(), 'config', 'Ports')).toEqual({
      HTTP: 14646,
      RPC: 4647,
      Serf: 4648,
    });
  });
});
