import type { PGlite } from '@electric-sql/pglite';

import { DatabaseError } from '../ports.ts';
import { authenticationFailed } from './pglite-errors.ts';
import { verifyPassword } from './password-verifier.ts';

interface RoleRow {
  rolpassword: string | null;
  rolvaliduntil: Date | null;
  rolcanlogin: boolean;
}

export interface Login {
  user: string;
  password: string;
  database: string;
}

/**
 * Password authentication as the server performs it: the verifier and
 * VALID UNTIL first (one message for every failure), then LOGIN, then the
 * database. Runs as the superuser, so call it inside the session queue.
 */
export async function authenticate(db: PGlite, login: Login, now: number) {
  const { user, password, database } = login;
  const role = await db.query<RoleRow>(
    'SELECT rolpassword, rolvaliduntil, rolcanlogin FROM pg_authid ' +
      'WHERE rolname = $1',
    [user],
  );
  const row = role.rows[0];
  const isExpired =
    row?.rolvaliduntil != null && row.rolvaliduntil.getTime() < now;
  const matches = await verifyPassword(
    row?.rolpassword ?? null,
    user,
    password,
  );
  if (!row || isExpired || !matches) throw authenticationFailed(user);
  if (!row.rolcanlogin) {
    throw new DatabaseError(
      `role "${user}" is not permitted to log in`,
      '28000',
    );
  }
  const found = await db.query<{ datallowconn: boolean }>(
    'SELECT datallowconn FROM pg_database WHERE datname = $1',
    [database],
  );
  const target = found.rows[0];
  if (!target) {
    throw new DatabaseError(`database "${database}" does not exist`, '3D000');
  }
  if (!target.datallowconn) {
    throw new DatabaseError(
      `database "${database}" is not currently accepting connections`,
      '55000',
    );
  }
}
