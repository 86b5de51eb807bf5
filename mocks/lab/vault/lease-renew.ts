import type { VaultCore } from './core.ts';
import {
  connectAdmin,
  DriverError,
  queryMessage,
} from './database-connection.ts';
import {
  fillTemplate,
  runInTransaction,
  splitStatements,
} from './database-statements.ts';
import { VaultError } from './errors.ts';
import { postgresExpiration } from './go-time.ts';
import type { Lease } from './state.ts';

const defaultRenewal = `ALTER ROLE "{{name}}" VALID UNTIL '{{expiration}}';`;

async function extendUser(core: VaultCore, lease: Lease, expiresAt: number) {
  const database = core.state.databases[lease.mount];
  const config = database?.configs[lease.dbName];
  const role = database?.roles[lease.roleName];
  if (!config) {
    throw new DriverError(
      `failed to find entry for connection with name: "${lease.dbName}"`,
    );
  }
  const statements = role?.renewStatements.length
    ? role.renewStatements
    : [defaultRenewal];
  const session = await connectAdmin(core, config);
  try {
    const values = {
      name: lease.username,
      username: lease.username,
      expiration: postgresExpiration(expiresAt),
    };
    const queries = splitStatements(statements).map((q) =>
      fillTemplate(q, values),
    );
    await runInTransaction(session, queries, {});
  } finally {
    await session.close();
  }
}

/**
 * Extends a database lease by `increment` seconds (or the role's default
 * TTL), capped by its max TTL counted from issue time.
 */
export async function renewLease(
  core: VaultCore,
  lease: Lease,
  increment: number,
) {
  const now = core.clock();
  if (lease.expiresAt <= now) throw VaultError.badRequest('lease expired');
  const role = core.state.databases[lease.mount]?.roles[lease.roleName];
  const wanted = increment > 0 ? increment : role?.defaultTtl || 2764800;
  const left = lease.maxTtl - Math.floor((now - lease.issuedAt) / 1000);
  const ttl = Math.max(0, Math.min(wanted, left));
  const warnings =
    ttl < wanted
      ? [
          `TTL of "${wanted}s" exceeded the effective max_ttl of "${ttl}s"; ` +
            'TTL value is capped accordingly',
        ]
      : [];
  const expiresAt = now + ttl * 1000;
  try {
    await extendUser(core, lease, expiresAt + 5000);
  } catch (error) {
    const detail =
      error instanceof DriverError ? error.message : queryMessage(core, error);
    throw VaultError.badRequest(
      `failed to renew entry: resp: (*logical.Response)(nil) err: ${detail}`,
    );
  }
  Object.assign(lease, { expiresAt, lastRenewalAt: now });
  return {
    leaseId: lease.id,
    isRenewable: true,
    leaseDuration: ttl,
    data: null,
    warnings,
  };
}
