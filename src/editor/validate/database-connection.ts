import { z } from 'zod';

import { countField, flagField, namesField, textField } from './json-fields.ts';
import { parseJsonFile, schemaProblems } from './json-file.ts';
import { problemAtKey } from './json-keys.ts';
import type { FileProblem } from './types.ts';

// Other keys go to the plugin as connection details, so they are not
// flagged as unknown.
const connectionSchema = z.looseObject(
  {
    plugin_name: textField(
      'plugin_name',
      'Add "plugin_name": "postgresql-database-plugin"; ' +
        'without it Vault answers "empty plugin name".',
    ),
    connection_url: textField(
      'connection_url',
      'Add "connection_url"; without it Vault answers ' +
        '"connection_url cannot be empty".',
    ),
    allowed_roles: namesField('allowed_roles').optional(),
    username: textField('username').optional(),
    password: textField('password').optional(),
    verify_connection: flagField('verify_connection').optional(),
    max_open_connections: countField('max_open_connections').optional(),
    max_idle_connections: countField('max_idle_connections').optional(),
  },
  { error: 'A connection is a JSON object, e.g. {"plugin_name": "…"}.' },
);

type Connection = z.infer<typeof connectionSchema>;

/** Checks a `database/config/:name` body before Vault sees it. */
export function validateDatabaseConnection(text: string): FileProblem[] {
  const parsed = parseJsonFile(text);
  if (!parsed.ok) return [parsed.problem];
  const result = connectionSchema.safeParse(parsed.value);
  if (!result.success) return schemaProblems(text, result.error.issues);
  return [
    ...pluginProblems(text, result.data),
    ...credentialProblems(text, result.data),
    ...allowedRoleProblems(text, result.data),
  ];
}

function pluginProblems(text: string, connection: Connection) {
  if (connection.plugin_name === 'postgresql-database-plugin') return [];
  const message =
    'The walkthrough database is PostgreSQL; Vault needs ' +
    '"plugin_name": "postgresql-database-plugin" to reach it.';
  return [problemAtKey(text, 'plugin_name', message, 'warning')];
}

function credentialProblems(text: string, connection: Connection) {
  const problems: FileProblem[] = [];
  for (const key of ['username', 'password'] as const) {
    if (connection[key]?.includes('{{')) {
      const message =
        `"${key}" is the value Vault puts into the URL, not a template. ` +
        'Vault answers "username and/or password cannot contain the ' +
        'template variables".';
      problems.push(problemAtKey(text, key, message, 'error'));
    }
  }
  if (hasLiteralPassword(connection.connection_url)) {
    const message =
      'Vault warns: "Password found in connection_url, use a templated ' +
      'url to enable root rotation and prevent read access to password ' +
      'information." Write {{username}}:{{password}}@ and set "password".';
    problems.push(problemAtKey(text, 'connection_url', message, 'warning'));
  }
  return problems;
}

function hasLiteralPassword(url: string): boolean {
  const userInfo = /^[a-z][\w+.-]*:\/\/([^@/]*)@/i.exec(url)?.[1];
  const password = userInfo?.split(':')[1];
  return password !== undefined && password !== '{{password}}';
}

function allowedRoleProblems(text: string, connection: Connection) {
  const roles = connection.allowed_roles;
  const isEmpty = Array.isArray(roles) ? roles.length === 0 : !roles?.trim();
  if (!isEmpty) return [];
  const message =
    'With no "allowed_roles" no role may use this connection, so reading ' +
    'credentials fails. Add "allowed_roles": ["accessdb"].';
  const at = roles === undefined ? undefined : 'allowed_roles';
  return [problemAtKey(text, at, message, 'warning')];
}
