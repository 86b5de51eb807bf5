import type { VaultCore } from './core.ts';
import {
  connectAdmin,
  DriverError,
  queryMessage,
} from './database-connection.ts';
import { deleteUser, IncompleteRevocation } from './database-revoke.ts';
import type { Lease } from './state.ts';

/** A lease the backend could not revoke; worded as the expiration manager. */
export class RevocationError extends Error {}

function detail(core: VaultCore, error: unknown): string {
  if (error instanceof DriverError || error instanceof RevocationError) {
    return error.message;
  }
  if (error instanceof IncompleteRevocation) {
    return `${error.message}: ${queryMessage(core, error.failure)}`;
  }
  return queryMessage(core, error);
}

async function dropUser(core: VaultCore, lease: Lease) {
  const database = core.state.databases[lease.mount];
  const config = database?.configs[lease.dbName];
  if (!config) {
    throw new RevocationError(
      `failed to find entry for connection with name: "${lease.dbName}"`,
    );
  }
  const role = database?.roles[lease.roleName];
  const statements = role?.revocationStatements ?? lease.revocationStatements;
  const session = await connectAdmin(core, config);
  try {
    await deleteUser(session, lease.username, statements);
  } finally {
    await session.close();
  }
}

/** Revokes one lease: drops its database user, then forgets the lease. */
export async function revokeLease(core: VaultCore, lease: Lease) {
  try {
    await dropUser(core, lease);
  } catch (error) {
    throw new RevocationError(
      'failed to revoke entry: resp: (*logical.Response)(nil) err: ' +
        detail(core, error),
    );
  }
  delete core.state.leases[lease.id];
}

const retryLimit = 6;

/**
 * Background revocation (expiry, token revocation, async revoke): a
 * failure is retried with backoff and, after six tries, given up on.
 */
export async function revokeInBackground(core: VaultCore, lease: Lease) {
  try {
    await revokeLease(core, lease);
  } catch {
    lease.failedRevocations += 1;
    const delay = 10_000 * 2 ** lease.failedRevocations;
    lease.nextRevocationAt =
      lease.failedRevocations >= retryLimit
        ? Number.MAX_SAFE_INTEGER
        : core.clock() + delay;
  }
}
