import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startEmbeddedCluster } from './embedded-cluster.ts';
import { freePort } from './free-port.ts';
import { openSession } from './pg-session.ts';
import { clusterFromUrl } from './postgres-cluster.ts';
import type { PostgresCluster } from './postgres-cluster.ts';
import { createPostgresHost } from './postgres-host.ts';

const PASSWORD = 'nomad-demo-superuser';
const superuser = {
  user: 'postgres',
  password: PASSWORD,
  database: 'postgres',
};
let cluster: PostgresCluster;

beforeAll(async () => {
  cluster = await startEmbeddedCluster();
});

afterAll(async () => {
  await cluster?.stop();
});

async function startTask() {
  const host = createPostgresHost({ cluster, address: '127.0.0.1' });
  const port = await freePort('127.0.0.1');
  const started = await host.start({ superuserPassword: PASSWORD, port });
  return { host, ...started };
}

describe('the embedded PostgreSQL host', () => {
  it('logs in with real passwords and VALID UNTIL', async () => {
    const { server } = await startTask();
    const refusal = (login: { user: string; password: string }) =>
      server
        .connect({ ...login, database: 'postgres' })
        .catch((error: unknown) => error);
    const admin = await server.connect(superuser);
    await admin.query(
      "CREATE USER fresh PASSWORD 'right' VALID UNTIL 'infinity';" +
        "CREATE USER expired PASSWORD 'right' VALID UNTIL '2001-01-01'",
    );

    const fresh = await server.connect({
      ...superuser,
      user: 'fresh',
      password: 'right',
    });
    const [row] = await fresh.query('SELECT current_user AS who');
    const wrong = await refusal({ user: 'fresh', password: 'no' });
    const late = await refusal({ user: 'expired', password: 'right' });

    expect(row).toEqual({ who: 'fresh' });
    expect(wrong).toMatchObject({
      message: 'password authentication failed for user "fresh"',
      code: '28P01',
    });
    expect(late).toMatchObject({
      message: 'password authentication failed for user "expired"',
      code: '28P01',
    });
    await Promise.all([fresh.close(), admin.close(), server.stop()]);
  });

  it('reports SQL errors in the server’s words', async () => {
    const { server } = await startTask();
    const session = await server.connect(superuser);

    const failing = session.query('SELECT 1; SELECT * FROM missing_table');

    await expect(failing).rejects.toMatchObject({
      name: 'DatabaseError',
      message: 'relation "missing_table" does not exist',
      code: '42P01',
    });
    await session.close();
    await server.stop();
  });

  it('publishes the task’s host port until the task stops', async () => {
    const { server, port } = await startTask();
    const client = new pg.Client({ host: '127.0.0.1', port, ...superuser });

    await client.connect();
    const { rows } = await client.query('SELECT 41 + 1 AS answer');
    await client.end();
    await server.stop();
    const after = new pg.Client({ host: '127.0.0.1', port, ...superuser });

    expect(rows).toEqual([{ answer: 42 }]);
    await expect(after.connect()).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });

  it('gives a restarted database task a clean server', async () => {
    const first = await startTask();
    const session = await first.server.connect(superuser);
    await session.query("CREATE USER leftover PASSWORD 'x'; CREATE TABLE t ()");
    await session.close();
    await first.server.stop();

    const second = await startTask();
    const check = await second.server.connect(superuser);
    const roles = await check.query(
      "SELECT count(*)::int AS n FROM pg_roles WHERE rolname = 'leftover'",
    );
    const tables = await check.query("SELECT to_regclass('t') AS t");

    expect(roles).toEqual([{ n: 0 }]);
    expect(tables).toEqual([{ t: null }]);
    await check.close();
    await second.server.stop();
  });
});

describe('a server given by URL', () => {
  it('keeps its data and takes the job’s superuser password', async () => {
    const { admin, port } = cluster;
    const url =
      `postgres://postgres:${encodeURIComponent(admin.password)}` +
      `@127.0.0.1:${port}/postgres`;
    const given = clusterFromUrl(url);
    const warnings: string[] = [];
    const host = createPostgresHost({
      cluster: given,
      address: '127.0.0.1',
      onWarning: (message) => warnings.push(message),
    });
    const before = await openSession(given, given.admin);
    await before.query('CREATE TABLE kept (id int)');
    await before.close();

    const { server } = await host.start({
      superuserPassword: 'job-password',
      port,
    });
    const session = await server.connect({
      ...superuser,
      password: 'job-password',
    });
    const [kept] = await session.query("SELECT to_regclass('kept') AS kept");
    await session.close();
    await server.stop();
    cluster.admin.password = 'job-password';

    expect(kept).toEqual({ kept: 'kept' });
    expect(warnings).toEqual([
      'set the password of role postgres on the --postgres-url server ' +
        "to the job's POSTGRES_PASSWORD",
    ]);
  });
});
