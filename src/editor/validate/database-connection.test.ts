import { describe, expect, it } from 'vitest';

import { validateFile } from './validate-file.ts';

const guideConnection = {
  plugin_name: 'postgresql-database-plugin',
  allowed_roles: 'accessdb',
  connection_url:
    'postgresql://{{username}}:{{password}}@database.service.consul:5432/' +
    'postgres?sslmode=disable',
  username: 'postgres',
  password: 'postgres123',
};

function check(connection: Record<string, unknown>) {
  const text = JSON.stringify(connection, null, 2);
  return validateFile('connection.json', 'json', text);
}

describe('database connection', () => {
  it('accepts the guide connection', () => {
    expect(check(guideConnection)).toEqual([]);
  });

  it('says what Vault answers when required fields are missing', () => {
    const problems = check({ allowed_roles: ['accessdb'] });

    expect(problems.map((p) => p.message)).toEqual([
      'Add "plugin_name": "postgresql-database-plugin"; without it Vault ' +
        'answers "empty plugin name".',
      'Add "connection_url"; without it Vault answers "connection_url ' +
        'cannot be empty".',
    ]);
  });

  it('warns that an empty allowed_roles blocks every role', () => {
    const problems = check({ ...guideConnection, allowed_roles: [] });

    expect(problems).toEqual([
      {
        line: 3,
        column: 3,
        endColumn: 18,
        message:
          'With no "allowed_roles" no role may use this connection, so ' +
          'reading credentials fails. Add "allowed_roles": ["accessdb"].',
        severity: 'warning',
      },
    ]);
  });

  it('flags a password written into the URL and templates in username', () => {
    const connection_url =
      'postgresql://postgres:postgres123@database.service.consul:5432/postgres';

    const problems = check({
      ...guideConnection,
      connection_url,
      username: '{{username}}',
    });

    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [4, 'warning'],
      [5, 'error'],
    ]);
    expect(problems[1]?.message).toContain(
      '"username and/or password cannot contain the template variables"',
    );
  });
});
