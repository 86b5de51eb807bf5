// What the postgres-nomad-demo image holds: a `names` table in database
// `postgres` that the web app lists.
import type { DatabaseServer } from '../ports.ts';

/** Superuser password when the job sets no POSTGRES_PASSWORD; matches the
 * `password` of the guide's connection.json. */
export const DEFAULT_SUPERUSER_PASSWORD = 'nomad-demo-superuser';
export const DEMO_DATABASE = 'postgres';
export const SUPERUSER = 'postgres';

export const DEMO_NAMES = [
  'Amara Okafor',
  'Björn Lindqvist',
  'Chen Wei',
  'Dolores Ibarra',
  'Emeka Nwosu',
  'Farida Haddad',
] as const;

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

const SEED_SQL = `CREATE TABLE names (
  id serial PRIMARY KEY,
  name text NOT NULL
);
INSERT INTO names (name) VALUES
  ${DEMO_NAMES.map((name) => `(${quote(name)})`).join(',\n  ')};`;

/**
 * Creates and fills the table unless a replayed journal already did, so a
 * restored server does not end up with the names twice.
 */
export async function seedDemoData(server: DatabaseServer, password: string) {
  const session = await server.connect({
    user: SUPERUSER,
    password,
    database: DEMO_DATABASE,
  });
  try {
    const [found] = await session.query(
      "SELECT to_regclass('public.names') IS NOT NULL AS present",
    );
    if (found?.['present'] !== true) await session.query(SEED_SQL);
  } finally {
    await session.close();
  }
}
