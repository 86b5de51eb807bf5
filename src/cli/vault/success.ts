// The one-line confirmations of vault commands that get no body back.
import { formatSecret, type SecretOutputOptions } from './secret.ts';
import type { VaultSecret } from './types.ts';

/** `vault write PATH …` answered 204. */
export function formatWriteSuccess(path: string): string {
  return `Success! Data written to: ${path}`;
}

/**
 * `vault write PATH …`: the success line for 204 (null/undefined
 * answer), otherwise the envelope as a table ('' for an empty one).
 */
export function formatWriteResult(
  answer: VaultSecret | null | undefined,
  path: string,
  options: SecretOutputOptions = {},
): string {
  if (answer === null || answer === undefined) {
    return options.format === 'json' ? '' : formatWriteSuccess(path);
  }
  return formatSecret(answer, options);
}

/** `vault policy write NAME FILE`. */
export function formatPolicyWrite(name: string): string {
  return `Success! Uploaded policy: ${name}`;
}

/** `vault policy delete NAME`. */
export function formatPolicyDelete(name: string): string {
  return `Success! Deleted policy: ${name}`;
}

/** `vault secrets enable [-path=P] TYPE`; the path gets its slash. */
export function formatSecretsEnable(engineType: string, path?: string): string {
  const mountPath = (path ?? engineType).replace(/\/*$/, '/');
  return `Success! Enabled the ${engineType} secrets engine at: ${mountPath}`;
}

/** `vault lease revoke ID`: the CLI revokes asynchronously unless -sync. */
export function formatLeaseRevoke(
  leaseId: string,
  options: { isSync?: boolean } = {},
): string {
  return options.isSync
    ? `Success! Revoked lease: ${leaseId}`
    : 'All revocation operations queued successfully!';
}

/** `vault policy read NAME` for a policy Vault does not have. */
export function formatNoPolicy(name: string): string {
  return `No policy named: ${name}`;
}
