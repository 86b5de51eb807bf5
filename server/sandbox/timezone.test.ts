// F16: the creation SQL's `VALID UNTIL '{{expiration}}'` must mean the same
// instant whatever time zone the PostgreSQL server runs in (vault #597).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startEmbeddedCluster } from './embedded-cluster.ts';
import { freePort } from './free-port.ts';
import { openSession } from './pg-session.ts';
import { startSandbox } from './start.ts';
import type { Sandbox } from './start.ts';
import {
  call,
  guideFiles,
  runJob,
  setUpDatabaseSecrets,
  setUpVault,
  vaultBlock,
  waitForAllocation,
} from './test-support.ts';

// Far from UTC: an expiration read as local time would be 13 h early.
const SERVER_ZONE = 'Pacific/Auckland';

let sandbox: Sandbox;
let dbPort: number;
let rootToken: string;

beforeAll(async () => {
  const cluster = await startEmbeddedCluster();
  const admin = await openSession(cluster, cluster.admin);
  await admin.query(`ALTER SYSTEM SET timezone = '${SERVER_ZONE}'`);
  await admin.query('SELECT pg_reload_conf()');
  await admin.close();
  sandbox = await startSandbox({
    vaultPort: 0,
    nomadPort: 0,
    postgres: Promise.resolve(cluster),
  });
  dbPort = await freePort('127.0.0.1');
  const files = guideFiles(dbPort);
  const tokens = await setUpVault(sandbox.vaultAddr, files);
  rootToken = tokens.rootToken;
  const applied = await call(`${sandbox.nomadAddr}/lab/nomad/vault`, {
    method: 'PUT',
    body: vaultBlock(sandbox.vaultAddr, tokens.serverToken),
  });
  if (applied.status !== 200) throw new Error(applied.text);
  await runJob(sandbox.nomadAddr, files.dbJob);
  await waitForAllocation(
    sandbox.nomadAddr,
    'postgres-nomad-demo',
    (allocation) => allocation['ClientStatus'] === 'running',
  );
  await setUpDatabaseSecrets(sandbox.vaultAddr, rootToken, files);
});

afterAll(async () => {
  await sandbox?.stop();
});

function client(user: string, password: string) {
  return new pg.Client({
    host: '127.0.0.1',
    port: dbPort,
    user,
    password,
    database: 'postgres',
  });
}

async function validUntil(user: string) {
  const superuser = client('postgres', 'nomad-demo-superuser');
  await superuser.connect();
  try {
    const zone = await superuser.query<{ TimeZone: string }>('SHOW timezone');
    const role = await superuser.query<{ epoch: number }>(
      'SELECT extract(epoch FROM rolvaliduntil)::float8 AS epoch ' +
        'FROM pg_roles WHERE rolname = $1',
      [user],
    );
    return { zone: zone.rows[0]?.TimeZone, epoch: role.rows[0]?.epoch };
  } finally {
    await superuser.end();
  }
}

describe('F16: a PostgreSQL server outside UTC', () => {
  it('keeps dynamic credentials valid for the whole lease', async () => {
    const before = Date.now();
    const creds = await call(
      `${sandbox.vaultAddr}/v1/database/creds/accessdb`,
      {
        token: rootToken,
      },
    );
    const after = Date.now();
    const { lease_duration: ttl, data } = creds.body as {
      lease_duration: number;
      data: { username: string; password: string };
    };

    const { zone, epoch } = await validUntil(data.username);
    const login = client(data.username, data.password);
    await login.connect();
    const who = await login.query<{ who: string }>(
      'SELECT current_user AS who',
    );
    await login.end();

    expect(creds.status).toBe(200);
    expect(ttl).toBe(3600);
    expect(zone).toBe(SERVER_ZONE);
    const expiresMs = (epoch ?? 0) * 1000;
    expect(expiresMs).toBeGreaterThanOrEqual(before + ttl * 1000 - 1000);
    expect(expiresMs).toBeLessThanOrEqual(after + ttl * 1000 + 10_000);
    expect(who.rows).toEqual([{ who: data.username }]);
  });
});
