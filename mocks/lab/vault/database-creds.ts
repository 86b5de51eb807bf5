import type { Route, RouteContext } from './core.ts';
import { databaseState } from './database-config.ts';
import {
  connectAdmin,
  DriverError,
  queryMessage,
} from './database-connection.ts';
import { generatePassword, generateUsername } from './database-credentials.ts';
import { runInTransaction, splitStatements } from './database-statements.ts';
import type { LogicalResponse } from './envelope.ts';
import { VaultError } from './errors.ts';
import { postgresExpiration } from './go-time.ts';
import { randomBase62, uuid } from './ids.ts';
import type { DatabaseConfig, DatabaseRole } from './state.ts';
import { isAtLeast } from './version.ts';

const systemMaxTtl = 2764800;

function isAllowedRole(config: DatabaseConfig, name: string): boolean {
  return config.allowedRoles.some((pattern) => {
    if (pattern === '*') return true;
    const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^${escaped.replaceAll('*', '.*')}$`).test(name);
  });
}

function leaseTimes(context: RouteContext, role: DatabaseRole) {
  const { mount } = context;
  const maxTtl = role.maxTtl || mount.maxLeaseTtl || systemMaxTtl;
  const ttl = role.defaultTtl || mount.defaultLeaseTtl || systemMaxTtl;
  return { ttl: Math.min(ttl, maxTtl, systemMaxTtl), maxTtl };
}

async function createUser(
  context: RouteContext,
  config: DatabaseConfig,
  queries: string[],
  values: Record<string, string>,
) {
  const { core } = context;
  let session;
  try {
    session = await connectAdmin(core, config);
  } catch (error) {
    const detail = error instanceof DriverError ? error.message : String(error);
    throw VaultError.internal(`unable to start transaction: ${detail}`);
  }
  try {
    await runInTransaction(session, queries, values);
  } catch (error) {
    throw VaultError.internal(
      `failed to execute query: ${queryMessage(core, error)}`,
    );
  } finally {
    await session.close();
  }
}

/** `GET database/creds/:name`: a new database user behind a lease (§8.3). */
async function readCredentials(
  context: RouteContext,
): Promise<LogicalResponse> {
  const { core, params, mount, request } = context;
  const name = params['name'] ?? '';
  const state = databaseState(context);
  const role = state.roles[name];
  if (!role) throw VaultError.badRequest(`unknown role: ${name}`);
  const config = state.configs[role.dbName];
  if (!config) {
    const quoted = isAtLeast(core.profile, '1.0')
      ? JSON.stringify(role.dbName)
      : role.dbName;
    throw VaultError.internal(
      `failed to find entry for connection with name: ${quoted}`,
    );
  }
  if (!isAllowedRole(config, name)) {
    throw VaultError.internal(`"${name}" is not an allowed role`);
  }
  const queries = splitStatements(role.creationStatements);
  if (queries.length === 0) {
    throw VaultError.internal('empty creation statements');
  }
  const now = core.clock();
  const { ttl, maxTtl } = leaseTimes(context, role);
  const username = generateUsername(request.token.displayName, name, now);
  const password = generatePassword(core);
  const expiration = postgresExpiration(now + ttl * 1000 + 5000);
  await createUser(context, config, queries, {
    name: username,
    username,
    password,
    expiration,
  });
  const suffix = isAtLeast(core.profile, '1.0') ? randomBase62(24) : uuid();
  const id = `${mount.path}creds/${name}/${suffix}`;
  core.state.leases[id] = {
    id,
    mount: mount.path,
    roleName: name,
    dbName: role.dbName,
    username,
    revocationStatements: role.revocationStatements,
    tokenId: request.token.id,
    issuedAt: now,
    expiresAt: now + ttl * 1000,
    lastRenewalAt: null,
    maxTtl,
    failedRevocations: 0,
    nextRevocationAt: 0,
  };
  return {
    leaseId: id,
    isRenewable: true,
    leaseDuration: ttl,
    data: { username, password },
  };
}

export const databaseCredsRoutes: Route[] = [
  { pattern: 'creds/:name', handlers: { read: readCredentials } },
];
