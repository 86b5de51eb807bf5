// Sandbox mode end to end: the sandbox on free ports, this server in front
// of it, and the app's /api paths answered through the proxy.
import { existsSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_NAMES } from '../mocks/lab/runtime/demo-data.ts';
import { defaultServerConfig } from './config/server-config.ts';
import { freePort } from './sandbox/free-port.ts';
import {
  call,
  guideFiles,
  runJob,
  setUpDatabaseSecrets,
  setUpVault,
  vaultBlock,
  waitForAllocation,
} from './sandbox/test-support.ts';
import { startSandboxServer, type SandboxServer } from './sandbox-mode.ts';

let server: SandboxServer;

beforeAll(async () => {
  server = await startSandboxServer({
    ...defaultServerConfig,
    port: 0,
    logLevel: 'silent',
    sandbox: { vaultPort: 0, nomadPort: 0, postgresUrl: undefined },
  });
}, 60_000);

afterAll(async () => {
  await server.stop();
});

const get = (path: string) => fetch(`${server.url}${path}`);

describe('sandbox mode', () => {
  it('says "sandbox" with the addresses it forwards to', async () => {
    const { vaultAddr, nomadAddr } = server.sandbox;

    const mode = await get('/api/mode');

    expect(vaultAddr).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(vaultAddr).not.toBe('http://127.0.0.1:8200');
    expect(await mode.json()).toEqual({
      mode: 'sandbox',
      vaultAddr,
      nomadAddr,
    });
  });

  it('answers /api/lab/info from the sandbox', async () => {
    const info = await get('/api/lab/info');

    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({
      emulator: true,
      mode: 'sandbox',
      versions: { vault: '1.20.4', nomad: '1.9.7' },
      sandbox: { ...addressesOf(server), database: 'embedded' },
    });
  });

  it('forwards Vault and Nomad calls to the sandbox', async () => {
    const init = await get('/api/vault/v1/sys/init');
    const self = await get('/api/nomad/v1/agent/self');
    const selfBody = (await self.json()) as { config: { Ports: object } };

    expect(await init.json()).toEqual({ initialized: false });
    expect(selfBody.config.Ports).toEqual({
      HTTP: Number(new URL(server.sandbox.nomadAddr).port),
      RPC: 4647,
      Serf: 4648,
    });
  });

  it('resets the lab only with the X-Requested-By header', async () => {
    const reset = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/lab/reset`, { method: 'POST', headers });

    const refused = await reset({});
    const done = await reset({ 'X-Requested-By': 'nomad-vault-walkthrough' });

    expect(refused.status).toBe(403);
    expect(done.status).toBe(200);
  });

  it('serves /api/web/names from the allocation Nomad reports', async () => {
    const { vaultAddr, nomadAddr } = server.sandbox;
    const files = guideFiles(await freePort('127.0.0.1'));
    const isRunning = (allocation: Record<string, unknown>) =>
      allocation['ClientStatus'] === 'running';
    const tokens = await setUpVault(vaultAddr, files);
    await call(`${nomadAddr}/lab/nomad/vault`, {
      method: 'PUT',
      body: vaultBlock(vaultAddr, tokens.serverToken),
    });
    await runJob(nomadAddr, files.dbJob);
    await waitForAllocation(nomadAddr, 'postgres-nomad-demo', isRunning);
    await setUpDatabaseSecrets(vaultAddr, tokens.rootToken, files);
    await runJob(nomadAddr, files.webJob);
    await waitForAllocation(nomadAddr, 'nomad-vault-demo', isRunning);

    const names = await get('/api/web/names');
    const page = await names.text();

    expect(names.status).toBe(200);
    for (const name of DEMO_NAMES) expect(page).toContain(name);
  }, 60_000);

  it('stops the server and the sandbox, removing its data', async () => {
    const other = await startSandboxServer({
      ...defaultServerConfig,
      port: 0,
      logLevel: 'silent',
      sandbox: { vaultPort: 0, nomadPort: 0, postgresUrl: undefined },
    });
    const dataRoot = other.sandbox.dataRoot ?? '';
    const { vaultAddr } = other.sandbox;
    expect(existsSync(dataRoot)).toBe(true);

    await other.stop();

    expect(existsSync(dataRoot)).toBe(false);
    await expect(fetch(`${other.url}/api/mode`)).rejects.toThrow();
    await expect(fetch(`${vaultAddr}/v1/sys/init`)).rejects.toThrow();
  }, 60_000);
});

function addressesOf({ sandbox }: SandboxServer) {
  return { vaultAddr: sandbox.vaultAddr, nomadAddr: sandbox.nomadAddr };
}
