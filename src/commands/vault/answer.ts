// What typed commands do with a Vault answer besides printing it: mask
// its secrets and fill the app's secret slots the steps' checks read.
import type { VaultSecret } from '../../cli/index.ts';
import type { Invocation } from '../command.ts';
import { isSecretKey } from '../secret-names.ts';
import { noteSecret } from '../shell-state.ts';

/** Registers the token, password and other secret fields of an answer. */
export function noteAnswerSecrets(
  invocation: Invocation,
  answer: VaultSecret | null | undefined,
): void {
  const { shell, io } = invocation;
  noteSecret(shell, io.secret, answer?.auth?.client_token);
  const data = answer?.data;
  if (typeof data !== 'object' || data === null) return;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' && (isSecretKey(key) || key === 'id')) {
      noteSecret(shell, io.secret, value);
    }
  }
}

/** Registers the secret-named string fields of a request body. */
export function noteBodySecrets(
  invocation: Invocation,
  body: Record<string, unknown>,
): void {
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string' && isSecretKey(key)) {
      noteSecret(invocation.shell, invocation.io.secret, value);
    }
  }
}

/** Step 12's slots, from `vault read database/creds/accessdb`. */
export function holdDatabaseCreds(
  invocation: Invocation,
  path: string,
  answer: VaultSecret,
): void {
  if (path !== 'database/creds/accessdb') return;
  const data = (answer.data ?? {}) as Record<string, unknown>;
  const { username, password } = data;
  if (typeof username !== 'string' || typeof password !== 'string') return;
  invocation.shell.deps.secrets.set({
    dbUsername: username,
    dbPassword: password,
    ...(answer.lease_id ? { dbLeaseId: answer.lease_id } : {}),
  });
}

/** Vault paths are given with or without slashes around them. */
export function sanitizePath(path: string): string {
  return path.replace(/^\/+/, '').replace(/\/+$/, '');
}
