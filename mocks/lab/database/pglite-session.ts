import type { PGlite, Results } from '@electric-sql/pglite';

import { DatabaseError } from '../ports.ts';
import type { DbSession } from '../ports.ts';
import { quoteIdentifier, toDatabaseError } from './pglite-errors.ts';
import type { TaskQueue } from './task-queue.ts';

export interface SessionContext {
  db: PGlite;
  enqueue: TaskQueue;
  /** Receives every statement that changed the server, for replay. */
  record(statement: string): void;
}

const superuser = 'postgres';
const readOnlyCommands = new Set(['SELECT', 'SHOW', 'EXPLAIN']);
// SELECT can still write (SELECT INTO, CREATE TABLE AS, sequences).
const writesDespiteSelect = /\b(into|create|nextval|setval)\b/i;
// All sessions share one PGlite connection whose session user is the
// superuser, so a role switch inside the SQL would escape the login's rights.
const roleSwitch = /\b(set|reset)\s+(role|session|all)\b|\bset_config\b/i;

function changesServer(sql: string, results: Results[]): boolean {
  const isRead = results.every((result) =>
    readOnlyCommands.has(result.command ?? ''),
  );
  return !isRead || writesDespiteSelect.test(sql);
}

async function runAs(db: PGlite, user: string, sql: string) {
  if (user === superuser) return db.exec(sql);
  if (roleSwitch.test(sql)) {
    throw new DatabaseError('permission denied to set role', '42501');
  }
  await db.exec(`SET ROLE ${quoteIdentifier(user)}`);
  try {
    return await db.exec(sql);
  } finally {
    await endAbortedTransaction(db);
    await db.exec('RESET ROLE');
  }
}

/** Leaves no open or failed transaction behind for the next session. */
export async function endAbortedTransaction(db: PGlite) {
  const quiet = { onNotice: () => undefined };
  await db.exec('ROLLBACK', quiet).catch(() => undefined);
}

function journalEntry(user: string, sql: string): string {
  if (user === superuser) return sql;
  return `SET ROLE ${quoteIdentifier(user)};\n${sql};\nRESET ROLE;`;
}

/** A logged-in session; statements run with `user`'s privileges. */
export function createSession(
  context: SessionContext,
  user: string,
): DbSession {
  const { db, enqueue } = context;
  let isOpen = true;
  return {
    query: (sql) =>
      enqueue(async () => {
        if (!isOpen) throw new DatabaseError('conn closed', '08003');
        try {
          const results = await runAs(db, user, sql);
          if (changesServer(sql, results)) {
            context.record(journalEntry(user, sql));
          }
          return results.at(-1)?.rows ?? [];
        } catch (error) {
          await endAbortedTransaction(db);
          throw toDatabaseError(error);
        }
      }),
    close: async () => {
      isOpen = false;
    },
  };
}
