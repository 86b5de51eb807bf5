import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_NAMES } from '../../mocks/lab/runtime/demo-data.ts';
import { freePort } from './free-port.ts';
import { startSandbox } from './start.ts';
import type { Sandbox } from './start.ts';
import {
  call,
  guideFiles,
  portOf,
  runJob,
  setUpDatabaseSecrets,
  setUpVault,
  vaultBlock,
  waitForAllocation,
} from './test-support.ts';
import type { GuideFiles } from './test-support.ts';

let sandbox: Sandbox;
let files: GuideFiles;
let dbPort: number;
let tokens: { rootToken: string; serverToken: string };

const isRunning = (allocation: Record<string, unknown>) =>
  allocation['ClientStatus'] === 'running';

beforeAll(async () => {
  sandbox = await startSandbox({ vaultPort: 0, nomadPort: 0 });
  dbPort = await freePort('127.0.0.1');
  files = guideFiles(dbPort);
  tokens = await setUpVault(sandbox.vaultAddr, files);
  const applied = await call(`${sandbox.nomadAddr}/lab/nomad/vault`, {
    method: 'PUT',
    body: vaultBlock(sandbox.vaultAddr, tokens.serverToken),
  });
  if (applied.status !== 200) throw new Error(applied.text);
  await runJob(sandbox.nomadAddr, files.dbJob);
  await waitForAllocation(sandbox.nomadAddr, 'postgres-nomad-demo', isRunning);
  await setUpDatabaseSecrets(sandbox.vaultAddr, tokens.rootToken, files);
});

afterAll(async () => {
  await sandbox?.stop();
});

async function asSuperuser<T>(run: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({
    host: '127.0.0.1',
    port: dbPort,
    user: 'postgres',
    password: 'nomad-demo-superuser',
    database: 'postgres',
  });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const roleExists = (user: string) =>
  asSuperuser(async (client) => {
    const found = await client.query(
      'SELECT 1 FROM pg_roles WHERE rolname = $1',
      [user],
    );
    return found.rowCount === 1;
  });

async function leaseCount() {
  const listed = await call(
    `${sandbox.vaultAddr}/v1/sys/leases/lookup/database/creds/accessdb/`,
    { method: 'LIST', token: tokens.rootToken },
  );
  const body = listed.body as { data?: { keys?: string[] } };
  return body.data?.keys?.length ?? 0;
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the guide over real HTTP', () => {
  it('publishes the database on the port Nomad allocated', async () => {
    const database = await waitForAllocation(
      sandbox.nomadAddr,
      'postgres-nomad-demo',
      isRunning,
    );

    const select = await asSuperuser((client) =>
      client.query('SELECT 1 AS one'),
    );

    expect(portOf(database, 'db')).toMatchObject({
      HostIP: '127.0.0.1',
      Value: dbPort,
    });
    expect(select.rows).toEqual([{ one: 1 }]);
  });

  it('serves /names with dynamic credentials, revoked on job stop', async () => {
    await runJob(sandbox.nomadAddr, files.webJob);
    const web = await waitForAllocation(
      sandbox.nomadAddr,
      'nomad-vault-demo',
      isRunning,
    );
    const { HostIP, Value } = portOf(web, 'http');
    const page = await fetch(`http://${HostIP}:${Value}/names`, {
      headers: { accept: 'application/json' },
    });
    const view = (await page.json()) as { user: string; names: string[] };
    const leasesWhileRunning = await leaseCount();
    const existedWhileRunning = await roleExists(view.user);

    const stopped = await call(`${sandbox.nomadAddr}/v1/job/nomad-vault-demo`, {
      method: 'DELETE',
    });
    await until(async () => !(await roleExists(view.user)));

    expect(page.status).toBe(200);
    expect(view).toMatchObject({
      database: 'postgres',
      names: [...DEMO_NAMES],
    });
    expect(view.user).toMatch(/^v-token-[\w-]+-accessdb-\w{20}-\d{10}$/);
    expect(existedWhileRunning).toBe(true);
    expect(leasesWhileRunning).toBe(1);
    expect(stopped.status).toBe(200);
    expect(await leaseCount()).toBe(0);
    await expect(fetch(`http://${HostIP}:${Value}/names`)).rejects.toThrow();
  });

  it('C6: leaves the allocation pending on a path the policy lacks', async () => {
    const typo = files.webJob.replace(
      'database/creds/accessdb',
      'database/creds/access-db',
    );

    await runJob(sandbox.nomadAddr, typo);
    const pending = await waitForAllocation(
      sandbox.nomadAddr,
      'nomad-vault-demo',
      (allocation) =>
        allocation['DesiredStatus'] === 'run' &&
        JSON.stringify(allocation).includes('Missing: vault.read'),
    );

    const states = pending['TaskStates'] as Record<
      string,
      { State: string; Events: { Type: string; DisplayMessage: string }[] }
    >;
    expect(pending['ClientStatus']).toBe('pending');
    expect(states['server']?.State).toBe('pending');
    expect(states['server']?.Events).toContainEqual(
      expect.objectContaining({
        Type: 'Template',
        DisplayMessage: 'Missing: vault.read(database/creds/access-db)',
      }),
    );
    await call(`${sandbox.nomadAddr}/v1/job/nomad-vault-demo`, {
      method: 'DELETE',
    });
  });

  it('C5: refuses a token role without a period when Nomad restarts', async () => {
    const root = { method: 'PUT', token: tokens.rootToken };
    const role = `${sandbox.vaultAddr}/v1/auth/token/roles/nomad-cluster`;
    const { token_period: _period, ...withoutPeriod } = files.tokenRole as {
      token_period: number;
    };
    await call(role, { method: 'DELETE', token: tokens.rootToken });
    await call(role, { ...root, body: withoutPeriod });

    const applied = await call(`${sandbox.nomadAddr}/lab/nomad/vault`, {
      method: 'PUT',
      body: vaultBlock(sandbox.vaultAddr, tokens.serverToken),
    });
    await call(role, { ...root, body: files.tokenRole });

    expect(applied.status).toBe(400);
    expect(applied.body).toEqual({
      errors: ['Role must have a non-zero period to make tokens periodic.'],
    });
  });
});
