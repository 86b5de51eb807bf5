import type { DbSession } from '../ports.ts';
import {
  quoteIdentifier,
  quoteLiteral,
  runInTransaction,
  splitStatements,
} from './database-statements.ts';

/** Some privileges could not be revoked, so the role was left in place. */
export class IncompleteRevocation extends Error {
  constructor(readonly failure: unknown) {
    super('could not perform all revocation statements');
  }
}

/**
 * The plugin's default revocation when a role has none: strip the user's
 * privileges (carrying on past failures), then drop the role.
 */
async function defaultRevoke(session: DbSession, username: string) {
  const user = quoteIdentifier(username);
  const found = await session.query(
    `SELECT 1 FROM pg_roles WHERE rolname = ${quoteLiteral(username)}`,
  );
  if (found.length === 0) return;
  const schemas = await session.query(
    'SELECT DISTINCT table_schema FROM information_schema.role_column_grants ' +
      `WHERE grantee = ${quoteLiteral(username)}`,
  );
  const revokes: string[] = [];
  for (const row of schemas) {
    const schema = quoteIdentifier(String(row['table_schema']));
    revokes.push(
      `REVOKE ALL PRIVILEGES ON ALL TABLES IN SCHEMA ${schema} FROM ${user}`,
      `REVOKE USAGE ON SCHEMA ${schema} FROM ${user}`,
    );
  }
  const current = await session.query('SELECT current_database() AS name');
  const database = quoteIdentifier(String(current[0]?.['name']));
  revokes.push(
    `REVOKE ALL PRIVILEGES ON ALL TABLES IN SCHEMA public FROM ${user}`,
    `REVOKE ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public FROM ${user}`,
    `REVOKE USAGE ON SCHEMA public FROM ${user}`,
    `REVOKE CONNECT ON DATABASE ${database} FROM ${user}`,
  );
  let lastFailure: unknown;
  for (const revoke of revokes) {
    await session.query(revoke).catch((error: unknown) => {
      lastFailure = error;
    });
  }
  if (lastFailure !== undefined) throw new IncompleteRevocation(lastFailure);
  await session.query(`DROP ROLE IF EXISTS ${user}`);
}

/** Deletes a dynamic user with the role's statements or the default. */
export async function deleteUser(
  session: DbSession,
  username: string,
  statements: string[],
) {
  const queries = splitStatements(statements);
  if (queries.length === 0) return defaultRevoke(session, username);
  return runInTransaction(session, queries, { name: username, username });
}
