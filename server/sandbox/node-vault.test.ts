import vault from 'node-vault';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_NAMES } from '../../mocks/lab/runtime/demo-data.ts';
import { freePort } from './free-port.ts';
import { startSandbox } from './start.ts';
import type { Sandbox } from './start.ts';
import {
  call,
  guideFiles,
  runJob,
  vaultBlock,
  waitForAllocation,
} from './test-support.ts';
import type { GuideFiles } from './test-support.ts';

let sandbox: Sandbox;
let dbPort: number;
let files: GuideFiles;
// Handed from the guide's run to the token-role case that follows it.
let rootToken = '';
let serverToken = '';

// Lets a token call auth/token/create itself, so the subset rule shows.
const TOKEN_MAKER = 'path "auth/token/create" { capabilities = ["update"] }';

beforeAll(async () => {
  sandbox = await startSandbox({ vaultPort: 0, nomadPort: 0 });
  dbPort = await freePort('127.0.0.1');
  files = guideFiles(dbPort);
});

afterAll(async () => {
  await sandbox?.stop();
});

const isRunning = (allocation: Record<string, unknown>) =>
  allocation['ClientStatus'] === 'running';

async function startDatabaseJob(serverToken: string) {
  const applied = await call(`${sandbox.nomadAddr}/lab/nomad/vault`, {
    method: 'PUT',
    body: vaultBlock(sandbox.vaultAddr, serverToken),
  });
  expect(applied.status).toBe(200);
  await runJob(sandbox.nomadAddr, files.dbJob);
  await waitForAllocation(sandbox.nomadAddr, 'postgres-nomad-demo', isRunning);
}

describe('node-vault against the sandbox Vault', () => {
  it('runs the guide’s Vault calls unchanged', async () => {
    const client = vault({ endpoint: sandbox.vaultAddr });

    const init = await client.init({ secret_shares: 1, secret_threshold: 1 });
    const unsealed = await client.unseal({ key: init.keys[0] });
    client.token = init.root_token;
    rootToken = init.root_token;
    await client.addPolicy({ name: 'nomad-server', rules: files.serverPolicy });
    const policy = await client.getPolicy({ name: 'nomad-server' });
    await client.write('auth/token/roles/nomad-cluster', files.tokenRole);
    const roles = await client.list('auth/token/roles');
    const server = await client.write('auth/token/create', {
      policies: ['nomad-server'],
      period: '72h',
      no_parent: true,
    });
    serverToken = server.auth.client_token;
    await startDatabaseJob(serverToken);
    await client.mount({ mount_point: 'database', type: 'database' });
    const mounts = await client.mounts();
    await client.write('database/config/postgresql', files.connection);
    await client.write('database/roles/accessdb', {
      db_name: 'postgresql',
      creation_statements: files.accessdbSql,
      default_ttl: '1h',
      max_ttl: '24h',
    });
    const creds = await client.read('database/creds/accessdb');

    expect(init.keys).toHaveLength(1);
    expect(init.root_token).toMatch(/^hvs\.[A-Za-z0-9]{24}$/);
    expect(unsealed).toMatchObject({ sealed: false, t: 1, n: 1 });
    expect(policy.rules).toBe(files.serverPolicy);
    expect(roles.data.keys).toEqual(['nomad-cluster']);
    expect(server.auth).toMatchObject({
      policies: ['default', 'nomad-server'],
      lease_duration: 259200,
      renewable: true,
      orphan: true,
    });
    expect(mounts['database/']).toMatchObject({ type: 'database' });
    expect(creds).toMatchObject({ lease_duration: 3600, renewable: true });
    expect(creds.lease_id).toMatch(/^database\/creds\/accessdb\/\w{24}$/);
    expect(creds.data.username).toMatch(/^v-root-accessdb-\w{20}-\d{10}$/);
    expect(creds.data.password).toMatch(/^[A-Za-z0-9-]{20}$/);
    await expectLogin(creds.data.username, creds.data.password);
  });

  it('C4: refuses a child token with policies its parent lacks', async () => {
    const root = vault({ endpoint: sandbox.vaultAddr, token: rootToken });
    await root.addPolicy({ name: 'token-maker', rules: TOKEN_MAKER });
    const maker = await root.write('auth/token/create', {
      policies: ['nomad-server', 'token-maker'],
    });
    const server = vault({ endpoint: sandbox.vaultAddr, token: serverToken });
    const withCreate = vault({
      endpoint: sandbox.vaultAddr,
      token: maker.auth.client_token,
    });

    const direct = server.tokenCreate({ policies: ['access-tables'] });
    const subset = withCreate.tokenCreate({ policies: ['access-tables'] });
    const viaRole = await server.write('auth/token/create/nomad-cluster', {
      policies: ['access-tables'],
    });

    await expect(direct).rejects.toMatchObject({
      message: '1 error occurred:\n\t* permission denied\n\n',
      response: { statusCode: 403 },
    });
    await expect(subset).rejects.toMatchObject({
      message: 'child policies must be subset of parent',
      response: { statusCode: 400 },
    });
    expect(viaRole.auth).toMatchObject({
      policies: ['access-tables', 'default'],
      orphan: true,
      lease_duration: 259200,
    });
  });
});

async function expectLogin(user: string, password: string) {
  const client = new pg.Client({
    host: '127.0.0.1',
    port: dbPort,
    user,
    password,
    database: 'postgres',
  });
  await client.connect();
  const { rows } = await client.query('SELECT name FROM names ORDER BY id');
  const expiry = await client.query(
    'SELECT rolvaliduntil FROM pg_roles WHERE rolname = current_user',
  );
  await client.end();
  expect(rows.map((row: { name: string }) => row.name)).toEqual([
    ...DEMO_NAMES,
  ]);
  const validUntil = (expiry.rows[0] as { rolvaliduntil: Date }).rolvaliduntil;
  const hoursLeft = (validUntil.getTime() - Date.now()) / 3_600_000;
  expect(hoursLeft).toBeGreaterThan(0.99);
  expect(hoursLeft).toBeLessThan(1.01);
}
