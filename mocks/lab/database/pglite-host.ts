import type { PGlite } from '@electric-sql/pglite';

import type { DatabaseHost, DatabaseServer } from '../ports.ts';
import { quoteLiteral, toDatabaseError } from './pglite-errors.ts';
import { authenticate } from './pglite-login.ts';
import { createSession, endAbortedTransaction } from './pglite-session.ts';
import { createTaskQueue } from './task-queue.ts';

export interface PgliteHostOptions {
  /** Time for VALID UNTIL checks; the lab passes its own clock. */
  clock?: () => number;
}

async function replay(db: PGlite, journal: string[]): Promise<string[]> {
  const replayed: string[] = [];
  for (const statement of journal) {
    try {
      await db.exec(statement);
      replayed.push(statement);
    } catch {
      await endAbortedTransaction(db);
      await db.exec('RESET ROLE');
    }
  }
  return replayed;
}

/**
 * PostgreSQL servers backed by PGlite (in-memory, WebAssembly). PGlite
 * itself has no password authentication, so logins are checked here
 * against pg_authid, and each session's SQL runs under SET ROLE.
 */
export function createPgliteHost(
  options: PgliteHostOptions = {},
): DatabaseHost & { warmUp(): Promise<void> } {
  const clock = options.clock ?? Date.now;
  // PGlite takes seconds to boot: one instance may be made ahead of time
  // and handed to the next start.
  let spare: Promise<PGlite> | undefined;
  const boot = async () => {
    // Loaded on demand so browser bundles fetch the WASM only when needed.
    const { PGlite } = await import('@electric-sql/pglite');
    return PGlite.create();
  };
  return {
    async warmUp() {
      spare ??= boot();
      await spare;
    },
    async start({ superuserPassword, port, journal = [] }) {
      const db = await (spare ?? boot());
      spare = undefined;
      await db.exec(
        `ALTER ROLE postgres PASSWORD ${quoteLiteral(superuserPassword)}`,
      );
      const statements = await replay(db, journal);
      const enqueue = createTaskQueue();
      const context = {
        db,
        enqueue,
        record: (statement: string) => statements.push(statement),
      };
      const server: DatabaseServer = {
        connect: (login) =>
          enqueue(async () => {
            await authenticate(db, login, clock()).catch((error: unknown) => {
              throw toDatabaseError(error);
            });
            return createSession(context, login.user);
          }),
        journal: () => [...statements],
        stop: () => enqueue(() => db.close()),
      };
      return { server, address: '', port };
    },
  };
}
