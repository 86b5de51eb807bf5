import { DatabaseError } from '../ports.ts';

/** Re-words a PGlite failure as the lab's DatabaseError. */
export function toDatabaseError(error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return typeof code === 'string'
      ? new DatabaseError(error.message, code)
      : new DatabaseError(error.message);
  }
  return new DatabaseError(String(error));
}

/** Postgres refuses every login failure with this one message. */
export function authenticationFailed(user: string): DatabaseError {
  return new DatabaseError(
    `password authentication failed for user "${user}"`,
    '28P01',
  );
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
