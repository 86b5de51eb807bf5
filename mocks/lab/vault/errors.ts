import type { VersionProfile } from '../types.ts';
import { isAtLeast } from './version.ts';

/**
 * A failed request. `isRouted` marks errors that Vault's request handler
 * collects with go-multierror (denials by the ACL, unsupported paths,
 * internal errors); validation errors (400) reach the client as written.
 */
export class VaultError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
    readonly isRouted = false,
  ) {
    super(messages.join('; '));
    this.name = 'VaultError';
  }

  static badRequest(message: string): VaultError {
    return new VaultError(400, [message]);
  }

  static internal(message: string): VaultError {
    return new VaultError(500, [message], true);
  }

  static denied(): VaultError {
    return new VaultError(403, ['permission denied'], true);
  }

  /** A request without any token never reaches the ACL. */
  static noToken(): VaultError {
    return new VaultError(403, ['permission denied']);
  }

  static unsupportedPath(): VaultError {
    return new VaultError(404, ['unsupported path'], true);
  }

  static unsupportedOperation(): VaultError {
    return new VaultError(405, ['unsupported operation'], true);
  }
}

/** hashicorp/go-multierror's text, which changed in its 1.0 release. */
export function multierror(messages: string[], profile: VersionProfile) {
  const count = messages.length;
  if (!isAtLeast(profile, '1.0')) {
    return `${count} error(s) occurred:\n\n${messages
      .map((m) => `* ${m}`)
      .join('\n')}`;
  }
  const noun = count === 1 ? 'error occurred' : 'errors occurred';
  const lines = messages.map((m) => `\t* ${m}`).join('\n');
  return `${count} ${noun}:\n${lines}\n\n`;
}

/** Invalid, revoked or expired tokens (contract §0.4). */
export function invalidToken(profile: VersionProfile): VaultError {
  if (isAtLeast(profile, '1.17')) {
    return new VaultError(403, ['permission denied', 'invalid token'], true);
  }
  if (isAtLeast(profile, '1.0')) return VaultError.denied();
  return VaultError.noToken();
}

/** The `errors` array a VaultError answers with. */
export function errorMessages(
  error: VaultError,
  profile: VersionProfile,
): string[] {
  if (!error.isRouted || error.messages.length === 0) return error.messages;
  if (!isAtLeast(profile, '1.0') && error.messages.length === 1) {
    return error.messages;
  }
  return [multierror(error.messages, profile)];
}
