import {
  bodyStatements,
  bodyString,
  type Route,
  type RouteContext,
} from './core.ts';
import { databaseState } from './database-config.ts';
import { parseSeconds } from './durations.ts';
import { VaultError } from './errors.ts';
import type { DatabaseRole } from './state.ts';
import { isAtLeast } from './version.ts';

const credentialTypes = new Set([
  'password',
  'rsa_private_key',
  'client_certificate',
]);

const statementFields = [
  ['creation_statements', 'creationStatements'],
  ['revocation_statements', 'revocationStatements'],
  ['rollback_statements', 'rollbackStatements'],
  ['renew_statements', 'renewStatements'],
] as const;

function writeRole(context: RouteContext): undefined {
  const { core, request, params } = context;
  const { body } = request;
  const name = params['name'] ?? '';
  const roles = databaseState(context).roles;
  const role: DatabaseRole = roles[name]
    ? structuredClone(roles[name])
    : {
        name,
        dbName: '',
        creationStatements: [],
        revocationStatements: [],
        rollbackStatements: [],
        renewStatements: [],
        defaultTtl: 0,
        maxTtl: 0,
        credentialType: 'password',
      };
  if ('db_name' in body) role.dbName = bodyString(body, 'db_name');
  if (role.dbName === '') {
    throw VaultError.badRequest(
      isAtLeast(core.profile, '1.0')
        ? 'database name is required'
        : 'empty database name attribute given',
    );
  }
  for (const [field, key] of statementFields) {
    if (field in body) role[key] = bodyStatements(body, field);
  }
  if ('default_ttl' in body) {
    role.defaultTtl = parseSeconds(body['default_ttl'], 'default_ttl');
  }
  if ('max_ttl' in body) role.maxTtl = parseSeconds(body['max_ttl'], 'max_ttl');
  if (role.maxTtl > 0 && role.defaultTtl > role.maxTtl) {
    throw VaultError.badRequest('ttl cannot be greater than max_ttl');
  }
  if ('credential_type' in body) {
    role.credentialType = bodyString(body, 'credential_type');
  }
  if (!credentialTypes.has(role.credentialType)) {
    throw VaultError.badRequest(
      `invalid credential_type "${role.credentialType}"`,
    );
  }
  roles[name] = role;
  return undefined;
}

function readRole(context: RouteContext) {
  const role = databaseState(context).roles[context.params['name'] ?? ''];
  if (!role) return undefined;
  return {
    data: {
      creation_statements: role.creationStatements,
      credential_type: role.credentialType,
      db_name: role.dbName,
      default_ttl: role.defaultTtl,
      max_ttl: role.maxTtl,
      renew_statements: role.renewStatements,
      revocation_statements: role.revocationStatements,
      rollback_statements: role.rollbackStatements,
    },
  };
}

/** `database/roles/:name` (contract §8.2). */
export const databaseRoleRoutes: Route[] = [
  {
    pattern: 'roles',
    handlers: {
      list: (context) => {
        const keys = Object.keys(databaseState(context).roles).sort();
        return keys.length > 0 ? { data: { keys } } : undefined;
      },
    },
  },
  {
    pattern: 'roles/:name',
    fields: [
      'name',
      'db_name',
      ...statementFields.map(([field]) => field),
      'default_ttl',
      'max_ttl',
      'credential_type',
      'credential_config',
    ],
    exists: (c) => (c.params['name'] ?? '') in databaseState(c).roles,
    handlers: {
      read: readRole,
      update: writeRole,
      delete: (context) => {
        delete databaseState(context).roles[context.params['name'] ?? ''];
        return undefined;
      },
    },
  },
];
