import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createPgliteHost } from '../database/pglite-host.ts';
import type { DatabaseServer } from '../ports.ts';
import { accessTablesPolicy } from './guide-fixtures.ts';
import { readyVault, testVault, type TestVault } from './test-kit.ts';

const guideStatements =
  `CREATE USER "{{name}}" WITH ENCRYPTED PASSWORD '{{password}}' ` +
  `VALID UNTIL '{{expiration}}';\n` +
  'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{{name}}";\n' +
  'GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO "{{name}}";\n' +
  'GRANT ALL ON SCHEMA public TO "{{name}}";';
const readerStatements = [
  `CREATE ROLE "{{name}}" WITH LOGIN PASSWORD '{{password}}' ` +
    `VALID UNTIL '{{expiration}}'`,
  'GRANT SELECT ON names TO "{{name}}"',
];
const consulUrl =
  'postgresql://{{username}}:{{password}}@database.service.consul:5432/' +
  'postgres?sslmode=disable';

let test: TestVault;
let root: string;
let server: DatabaseServer;

const login = (user: string, password: string) =>
  server.connect({ user, password, database: 'postgres' });

async function readCreds(role: string, token = root) {
  return test.call('GET', `database/creds/${role}`, { token });
}

function credentials(answer: { data: Record<string, unknown> }) {
  return {
    username: String(answer.data['username']),
    password: String(answer.data['password']),
  };
}

beforeAll(async () => {
  test = testVault({
    start: Date.now(),
    resolveDatabase: (host, port) =>
      host === 'database.service.consul' && port === 5432 ? server : undefined,
  });
  const host = createPgliteHost({ clock: () => test.now() });
  ({ server } = await host.start({ superuserPassword: 'pg-root', port: 5432 }));
  const admin = await login('postgres', 'pg-root');
  await admin.query(`CREATE TABLE names (id serial, name text);
    INSERT INTO names (name) VALUES ('Ada'), ('Grace');`);
  root = await readyVault(test);
  await test.call('POST', 'sys/mounts/database', {
    token: root,
    body: { type: 'database' },
  });
});

afterAll(() => server.stop());

const configBody = (password: string, url = consulUrl) => ({
  plugin_name: 'postgresql-database-plugin',
  allowed_roles: 'accessdb,reader,typo',
  connection_url: url,
  username: 'postgres',
  password,
});

describe('the database secrets engine against PGlite', () => {
  it('refuses a second mount at the same path', async () => {
    const again = await test.call('POST', 'sys/mounts/database', {
      token: root,
      body: { type: 'database' },
    });

    expect(again.status).toBe(400);
    expect(again.body.errors).toEqual(['path is already in use at database/']);
  });

  it('lists the mount with its data copied to the top level', async () => {
    const mounts = await test.call('GET', 'sys/mounts', { token: root });

    expect(mounts.data['database/']).toMatchObject({
      type: 'database',
      running_plugin_version: 'v1.20.4+builtin.vault',
    });
    expect(mounts.body['database/']).toEqual(mounts.data['database/']);
  });

  it('verifies the connection and reports a wrong password', async () => {
    const answer = await test.call('PUT', 'database/config/postgresql', {
      token: root,
      body: configBody('wrong'),
    });

    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      'error creating database object: error verifying connection: ' +
        'failed to connect to `host=database.service.consul user=postgres ' +
        'database=postgres`: failed SASL auth (FATAL: password ' +
        'authentication failed for user "postgres" (SQLSTATE 28P01))',
    ]);
  });

  it('reports a host that does not resolve', async () => {
    const url = consulUrl.replace('database.service.consul', 'db.invalid');

    const answer = await test.call('PUT', 'database/config/postgresql', {
      token: root,
      body: configBody('pg-root', url),
    });

    expect(answer.body.errors?.[0]).toContain(
      'hostname resolving error (lookup db.invalid: no such host)',
    );
  });

  it('stores the config and reads it back without the password', async () => {
    const write = await test.call('PUT', 'database/config/postgresql', {
      token: root,
      body: configBody('pg-root'),
    });

    const read = await test.call('GET', 'database/config/postgresql', {
      token: root,
    });

    expect(write.status).toBe(204);
    expect(read.data).toEqual({
      allowed_roles: ['accessdb', 'reader', 'typo'],
      connection_details: {
        connection_url: consulUrl,
        max_connection_lifetime: '0s',
        max_idle_connections: 0,
        max_open_connections: 4,
        username: 'postgres',
      },
      password_policy: '',
      plugin_name: 'postgresql-database-plugin',
      plugin_version: '',
      root_credentials_rotate_statements: [],
      verify_connection: true,
    });
  });

  it('issues working credentials from the guide role', async () => {
    const role = await test.call('PUT', 'database/roles/accessdb', {
      token: root,
      body: {
        db_name: 'postgresql',
        creation_statements: guideStatements,
        default_ttl: '1h',
        max_ttl: '24h',
      },
    });

    const creds = await readCreds('accessdb');
    const { username, password } = credentials(creds);
    const session = await login(username, password);

    expect(role.status).toBe(204);
    expect(creds.status).toBe(200);
    expect(creds.body).toMatchObject({
      renewable: true,
      lease_duration: 3600,
      mount_type: 'database',
    });
    expect(creds.body['lease_id']).toMatch(
      /^database\/creds\/accessdb\/[A-Za-z0-9]{24}$/,
    );
    expect(username).toMatch(/^v-root-accessdb-[A-Za-z0-9]{20}-\d{10}$/);
    expect(password).toMatch(/^[A-Za-z0-9-]{20}$/);
    await expect(
      session.query('SELECT name FROM names ORDER BY id'),
    ).resolves.toEqual([{ name: 'Ada' }, { name: 'Grace' }]);
  });

  it('reads the role back with its statements as a list', async () => {
    const answer = await test.call('GET', 'database/roles/accessdb', {
      token: root,
    });

    expect(answer.data).toEqual({
      creation_statements: [guideStatements],
      credential_type: 'password',
      db_name: 'postgresql',
      default_ttl: 3600,
      max_ttl: 86400,
      renew_statements: [],
      revocation_statements: [],
      rollback_statements: [],
    });
  });

  it('lets an access-tables token read only its credentials', async () => {
    await test.call('PUT', 'sys/policies/acl/access-tables', {
      token: root,
      body: { policy: accessTablesPolicy },
    });
    const created = await test.call('POST', 'auth/token/create', {
      token: root,
      body: { policies: ['access-tables'] },
    });
    const token = String(
      (created.body['auth'] as Record<string, unknown>)['client_token'],
    );

    const creds = await readCreds('accessdb', token);
    const role = await test.call('GET', 'database/roles/accessdb', { token });
    const other = await readCreds('reader', token);

    expect(creds.status).toBe(200);
    expect(String(creds.data['username'])).toMatch(/^v-token-accessdb-/);
    expect(role.status).toBe(403);
    expect(other.status).toBe(403);
  });

  it('revokes a lease and the user can no longer log in', async () => {
    await test.call('PUT', 'database/roles/reader', {
      token: root,
      body: {
        db_name: 'postgresql',
        creation_statements: readerStatements,
        default_ttl: 600,
      },
    });
    const creds = await readCreds('reader');
    const { username, password } = credentials(creds);
    await login(username, password);

    const revoke = await test.call('PUT', 'sys/leases/revoke', {
      token: root,
      body: { lease_id: creds.body['lease_id'] },
    });

    expect(revoke.status).toBe(204);
    await expect(login(username, password)).rejects.toThrow(
      `password authentication failed for user "${username}"`,
    );
  });

  it('renews a lease and moves VALID UNTIL with it', async () => {
    const creds = await readCreds('reader');
    const { username } = credentials(creds);
    test.advance(60);

    const renew = await test.call('PUT', 'sys/leases/renew', {
      token: root,
      body: { lease_id: creds.body['lease_id'], increment: 300 },
    });
    const admin = await login('postgres', 'pg-root');
    const rows = await admin.query(
      `SELECT rolvaliduntil FROM pg_roles WHERE rolname = '${username}'`,
    );

    expect(renew.body).toMatchObject({
      lease_id: creds.body['lease_id'],
      lease_duration: 300,
      renewable: true,
    });
    const validUntil = (rows[0]?.['rolvaliduntil'] as Date).getTime();
    expect(validUntil).toBe(Math.floor(test.now() / 1000) * 1000 + 305_000);
  });

  it('revokes the leases of a token when the token is revoked', async () => {
    await test.call('PUT', 'sys/policies/acl/reader-creds', {
      token: root,
      body: {
        policy: 'path "database/creds/reader" { capabilities = ["read"] }',
      },
    });
    const created = await test.call('POST', 'auth/token/create', {
      token: root,
      body: { policies: ['reader-creds'] },
    });
    const token = String(
      (created.body['auth'] as Record<string, unknown>)['client_token'],
    );
    const { username, password } = credentials(
      await readCreds('reader', token),
    );

    const revoke = await test.call('POST', 'auth/token/revoke', {
      token: root,
      body: { token },
    });

    expect(revoke.status).toBe(204);
    await expect(login(username, password)).rejects.toThrow(
      `password authentication failed for user "${username}"`,
    );
  });

  it('cannot drop a user granted schema privileges by default', async () => {
    const creds = await readCreds('accessdb');
    const { username } = credentials(creds);

    const revoke = await test.call('PUT', 'sys/leases/revoke', {
      token: root,
      body: { lease_id: creds.body['lease_id'], sync: true },
    });

    expect(revoke.status).toBe(400);
    expect(revoke.body.errors).toEqual([
      'failed to revoke entry: resp: (*logical.Response)(nil) err: ' +
        `ERROR: role "${username}" cannot be dropped because some objects ` +
        'depend on it (SQLSTATE 2BP01)',
    ]);
  });

  it('revokes expired leases on the next request', async () => {
    const creds = await readCreds('reader');
    const { username, password } = credentials(creds);
    const lookup = await test.call('PUT', 'sys/leases/lookup', {
      token: root,
      body: { lease_id: creds.body['lease_id'] },
    });
    test.advance(601);

    await test.call('GET', 'sys/seal-status');
    await test.call('GET', 'auth/token/lookup-self', { token: root });

    expect(lookup.data).toMatchObject({ renewable: true, ttl: 600 });
    const roles = await (
      await login('postgres', 'pg-root')
    ).query(`SELECT 1 FROM pg_roles WHERE rolname = '${username}'`);
    expect(roles).toEqual([]);
    await expect(login(username, password)).rejects.toThrow(
      'password authentication failed',
    );
  });

  it("surfaces Postgres's own error for a typo in the statements", async () => {
    await test.call('PUT', 'database/roles/typo', {
      token: root,
      body: {
        db_name: 'postgresql',
        creation_statements: `CREAT USER "{{name}}";`,
      },
    });

    const creds = await readCreds('typo');

    expect(creds.status).toBe(500);
    expect(creds.body.errors).toEqual([
      '1 error occurred:\n\t* failed to execute query: ERROR: syntax ' +
        'error at or near "CREAT" (SQLSTATE 42601)\n\n',
    ]);
  });

  it('refuses roles the config does not allow and unknown roles', async () => {
    await test.call('PUT', 'database/roles/stranger', {
      token: root,
      body: { db_name: 'postgresql', creation_statements: readerStatements },
    });

    const stranger = await readCreds('stranger');
    const unknown = await readCreds('nope');

    expect(stranger.status).toBe(500);
    expect(stranger.body.errors).toEqual([
      '1 error occurred:\n\t* "stranger" is not an allowed role\n\n',
    ]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual(['unknown role: nope']);
  });
});
