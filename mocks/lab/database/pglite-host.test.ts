import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseServer } from '../ports.ts';
import { createPgliteHost } from './pglite-host.ts';

const now = Date.parse('2031-05-01T12:00:00Z');
const host = createPgliteHost({ clock: () => now });
let server: DatabaseServer;

const login = (user: string, password: string, database = 'postgres') =>
  server.connect({ user, password, database });

beforeAll(async () => {
  ({ server } = await host.start({ superuserPassword: 'root-pw', port: 5432 }));
  const admin = await login('postgres', 'root-pw');
  await admin.query(`
    CREATE TABLE names (id serial PRIMARY KEY, name text);
    INSERT INTO names (name) VALUES ('Ada'), ('Grace');
    CREATE TABLE secrets (value text);
    CREATE USER "reader" WITH PASSWORD 'read-pw'
      VALID UNTIL '2031-05-01 13:00:00+0000';
    GRANT SELECT ON names TO "reader";
    CREATE USER "expired" WITH PASSWORD 'old-pw'
      VALID UNTIL '2031-05-01 11:00:00+0000';
    CREATE ROLE "no_login" WITH PASSWORD 'nl-pw';
  `);
});

afterAll(() => server.stop());

describe('PGlite database host', () => {
  it('refuses a wrong password with the Postgres message', async () => {
    const attempt = login('postgres', 'wrong');

    await expect(attempt).rejects.toMatchObject({
      message: 'password authentication failed for user "postgres"',
      code: '28P01',
    });
  });

  it('accepts a legacy md5 verifier', async () => {
    const admin = await login('postgres', 'root-pw');
    await admin.query(`SET password_encryption = 'md5';
      CREATE USER "legacy" WITH PASSWORD 'md5-pw';
      RESET password_encryption;`);

    const session = await login('legacy', 'md5-pw');

    await expect(session.query('SELECT current_user AS u')).resolves.toEqual([
      { u: 'legacy' },
    ]);
    await expect(login('legacy', 'md5-px')).rejects.toThrow(
      'password authentication failed for user "legacy"',
    );
  });

  it('refuses an unknown role with the same message', async () => {
    await expect(login('ghost', 'x')).rejects.toThrow(
      'password authentication failed for user "ghost"',
    );
  });

  it('refuses a role whose VALID UNTIL has passed', async () => {
    await expect(login('expired', 'old-pw')).rejects.toThrow(
      'password authentication failed for user "expired"',
    );
  });

  it('refuses a role without LOGIN after checking its password', async () => {
    await expect(login('no_login', 'nl-pw')).rejects.toThrow(
      'role "no_login" is not permitted to log in',
    );
  });

  it('refuses an unknown database', async () => {
    await expect(login('reader', 'read-pw', 'shop')).rejects.toMatchObject({
      message: 'database "shop" does not exist',
      code: '3D000',
    });
  });

  it('lets a user read only the tables it was granted', async () => {
    const reader = await login('reader', 'read-pw');

    const rows = await reader.query('SELECT name FROM names ORDER BY id');
    const denied = reader.query('SELECT * FROM secrets');

    expect(rows).toEqual([{ name: 'Ada' }, { name: 'Grace' }]);
    await expect(denied).rejects.toMatchObject({
      message: 'permission denied for table secrets',
      code: '42501',
    });
  });

  it('keeps a session from switching to the superuser role', async () => {
    const reader = await login('reader', 'read-pw');

    const attempt = reader.query('RESET ROLE; SELECT * FROM secrets');

    await expect(attempt).rejects.toMatchObject({ code: '42501' });
  });

  it('reports syntax errors in Postgres words', async () => {
    const admin = await login('postgres', 'root-pw');

    await expect(admin.query('CREAT TABLE x ()')).rejects.toMatchObject({
      message: 'syntax error at or near "CREAT"',
      code: '42601',
    });
  });

  it('journals changes but not reads', async () => {
    const admin = await login('postgres', 'root-pw');

    await admin.query('SELECT count(*) FROM names');

    const journal = server.journal?.() ?? [];
    expect(journal).toHaveLength(2);
    expect(journal[0]).toContain('CREATE USER "reader"');
    expect(journal[1]).toContain('CREATE USER "legacy"');
  });

  it('rebuilds roles and grants by replaying the journal', async () => {
    const copy = await host.start({
      superuserPassword: 'other-pw',
      port: 5433,
      journal: server.journal?.() ?? [],
    });

    const reader = await copy.server.connect({
      user: 'reader',
      password: 'read-pw',
      database: 'postgres',
    });

    await expect(
      reader.query('SELECT count(*)::int AS n FROM names'),
    ).resolves.toEqual([{ n: 2 }]);
    await expect(reader.query('SELECT * FROM secrets')).rejects.toThrow(
      'permission denied for table secrets',
    );
    await copy.server.stop();
  });
});
