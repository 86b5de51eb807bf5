// Real logins and statements over `pg`: password authentication as the
// server performs it (SCRAM, VALID UNTIL), errors in the server's words.
import pg from 'pg';

import { DatabaseError } from '../../mocks/lab/ports.ts';
import type { DbSession } from '../../mocks/lab/ports.ts';

export interface Login {
  user: string;
  password: string;
  database: string;
}

const CONNECT_TIMEOUT_MS = 10_000;
const SQLSTATE = /^[0-9A-Z]{5}$/;

/** Re-words a `pg` failure as the lab's DatabaseError. */
export function toDatabaseError(error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && SQLSTATE.test(code)
    ? new DatabaseError(message, code)
    : new DatabaseError(message);
}

/** Logs in at `host:port`; rejects with Postgres's own refusal. */
export async function openSession(
  server: { host: string; port: number },
  login: Login,
): Promise<DbSession> {
  const client = new pg.Client({
    ...server,
    ...login,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'nomad-vault-sandbox',
  });
  // A server-side termination would otherwise crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw toDatabaseError(error);
  }
  let isOpen = true;
  return {
    async query(sql) {
      if (!isOpen) throw new DatabaseError('conn closed', '08003');
      try {
        const result = (await client.query(sql)) as
          pg.QueryResult | pg.QueryResult[];
        const last = Array.isArray(result) ? result.at(-1) : result;
        return (last?.rows ?? []) as Record<string, unknown>[];
      } catch (error) {
        throw toDatabaseError(error);
      }
    },
    async close() {
      if (!isOpen) return;
      isOpen = false;
      await client.end().catch(() => undefined);
    },
  };
}
