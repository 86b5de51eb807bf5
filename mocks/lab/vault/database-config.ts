import {
  bodyBoolean,
  bodyList,
  bodyStatements,
  bodyString,
  type Route,
  type RouteContext,
} from './core.ts';
import { connectAdmin } from './database-connection.ts';
import type { LogicalResponse } from './envelope.ts';
import { VaultError } from './errors.ts';
import type { DatabaseConfig, DatabaseMountState } from './state.ts';
import { isAtLeast } from './version.ts';

const configKeys = new Set([
  'name',
  'plugin_name',
  'plugin_version',
  'verify_connection',
  'allowed_roles',
  'root_rotation_statements',
  'password_policy',
]);
const hiddenDetails = ['password', 'private_key', 'service_account_json'];
const supportedPlugins = new Set(['postgresql-database-plugin']);

export function databaseState(context: RouteContext): DatabaseMountState {
  const { databases } = context.core.state;
  const path = context.mount.path;
  databases[path] ??= { configs: {}, roles: {} };
  return databases[path];
}

function hasLiteralPassword(url: string): boolean {
  return !url.includes('{{') && /^[a-z]+:\/\/[^/@:]*:[^/@]+@/i.test(url);
}

function redactUrl(url: string): string {
  if (!hasLiteralPassword(url)) return url;
  return url.replace(/^([a-z]+:\/\/[^/@:]*:)[^/@]+@/i, '$1xxxxx@');
}

function mergeConfig(
  name: string,
  existing: DatabaseConfig | undefined,
  body: Record<string, unknown>,
): DatabaseConfig {
  const config: DatabaseConfig = existing
    ? structuredClone(existing)
    : {
        name,
        pluginName: '',
        allowedRoles: [],
        verifyConnection: true,
        rootRotationStatements: [],
        passwordPolicy: '',
        pluginVersion: '',
        connectionDetails: {
          max_connection_lifetime: '0s',
          max_idle_connections: 0,
          max_open_connections: 4,
        },
      };
  if ('plugin_name' in body)
    config.pluginName = bodyString(body, 'plugin_name');
  if ('plugin_version' in body) {
    config.pluginVersion = bodyString(body, 'plugin_version');
  }
  config.verifyConnection = bodyBoolean(body, 'verify_connection', true);
  if ('allowed_roles' in body) {
    config.allowedRoles = bodyList(body, 'allowed_roles');
  }
  if ('root_rotation_statements' in body) {
    config.rootRotationStatements = bodyStatements(
      body,
      'root_rotation_statements',
    );
  }
  if ('password_policy' in body) {
    config.passwordPolicy = bodyString(body, 'password_policy');
  }
  for (const [key, value] of Object.entries(body)) {
    if (!configKeys.has(key)) config.connectionDetails[key] = value;
  }
  return config;
}

async function verify(context: RouteContext, config: DatabaseConfig) {
  try {
    const session = await connectAdmin(context.core, config);
    await session.close();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw VaultError.badRequest(
      `error creating database object: error verifying connection: ${detail}`,
    );
  }
}

async function writeConfig(
  context: RouteContext,
): Promise<LogicalResponse | undefined> {
  const name = context.params['name'] ?? '';
  const state = databaseState(context);
  const config = mergeConfig(name, state.configs[name], context.request.body);
  const details = config.connectionDetails;
  if (config.pluginName === '')
    throw VaultError.badRequest('empty plugin name');
  if (!supportedPlugins.has(config.pluginName)) {
    throw VaultError.badRequest(
      'error creating database object: plugin not found in the catalog: ' +
        config.pluginName,
    );
  }
  const url = String(details['connection_url'] ?? '');
  if (url === '') throw VaultError.badRequest('connection_url cannot be empty');
  const credentials = [details['username'], details['password']];
  if (credentials.some((value) => String(value ?? '').includes('{{'))) {
    throw VaultError.badRequest(
      'username and/or password cannot contain the template variables',
    );
  }
  if (config.verifyConnection) await verify(context, config);
  state.configs[name] = config;
  if (hasLiteralPassword(url)) {
    return {
      warnings: [
        'Password found in connection_url, use a templated url to enable ' +
          'root rotation and prevent read access to password information.',
      ],
    };
  }
  return isAtLeast(context.core.profile, '1.6') ? undefined : { data: null };
}

function readConfig(context: RouteContext): LogicalResponse | undefined {
  const config = databaseState(context).configs[context.params['name'] ?? ''];
  if (!config) return undefined;
  const details = Object.fromEntries(
    Object.entries(config.connectionDetails)
      .filter(([key]) => !hiddenDetails.includes(key))
      .map(([key, value]) =>
        key === 'connection_url'
          ? [key, redactUrl(String(value))]
          : [key, value],
      )
      .sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)),
  );
  return {
    data: {
      allowed_roles: config.allowedRoles,
      connection_details: details,
      password_policy: config.passwordPolicy,
      plugin_name: config.pluginName,
      plugin_version: config.pluginVersion,
      root_credentials_rotate_statements: config.rootRotationStatements,
      verify_connection: config.verifyConnection,
    },
  };
}

/** `database/config/:name` (contract §8.1). */
export const databaseConfigRoutes: Route[] = [
  {
    pattern: 'config',
    handlers: {
      list: (context) => {
        const keys = Object.keys(databaseState(context).configs).sort();
        return keys.length > 0 ? { data: { keys } } : undefined;
      },
    },
  },
  {
    pattern: 'config/:name',
    exists: (c) => (c.params['name'] ?? '') in databaseState(c).configs,
    handlers: {
      read: readConfig,
      update: writeConfig,
      delete: (context) => {
        delete databaseState(context).configs[context.params['name'] ?? ''];
        return undefined;
      },
    },
  },
  {
    pattern: 'reset/:name',
    handlers: {
      update: (context) => {
        const name = context.params['name'] ?? '';
        if (!databaseState(context).configs[name]) {
          throw VaultError.badRequest('failed to reset database connection');
        }
        return undefined;
      },
    },
  },
];
