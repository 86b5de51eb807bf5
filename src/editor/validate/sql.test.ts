import { describe, expect, it } from 'vitest';

import { validateFile } from './validate-file.ts';

const creationSql = [
  'CREATE USER "{{name}}" WITH ENCRYPTED PASSWORD \'{{password}}\' ' +
    "VALID UNTIL '{{expiration}}';",
  'GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO "{{name}}";',
].join('\n');

function check(sql: string) {
  return validateFile('accessdb.sql', 'sql', sql);
}

describe('creation SQL', () => {
  it('accepts the guide statements', () => {
    expect(check(creationSql)).toEqual([]);
  });

  it('warns when {{password}} is missing', () => {
    const sql = creationSql.replace(
      "WITH ENCRYPTED PASSWORD '{{password}}' ",
      '',
    );

    expect(check(sql)).toEqual([
      {
        line: 1,
        column: 1,
        message:
          'No {{password}} placeholder: Vault puts the generated password ' +
          'there; without it the credentials Vault hands out cannot log in.',
        severity: 'warning',
      },
    ]);
  });

  it('warns when {{name}} is missing', () => {
    const [problem] = check(creationSql.replaceAll('{{name}}', 'app'));

    expect(problem?.message).toBe(
      'No {{name}} placeholder: Vault puts the generated user name there; ' +
        'without it every lease would create the same user.',
    );
  });

  it('marks placeholders Vault would leave untouched', () => {
    const sql = 'CREATE USER "{{ name }}" PASSWORD \'{{passwd}}\';';

    const problems = check(sql);

    expect(problems.map((p) => [p.column, p.endColumn, p.message])).toEqual([
      [1, undefined, expect.stringMatching(/^No \{\{password\}\}/)],
      [
        14,
        24,
        'Write {{name}} without spaces; Vault replaces only that exact text.',
      ],
      [
        36,
        46,
        'Vault does not fill {{passwd}}; it knows {{name}}, {{username}}, ' +
          '{{password}}, {{expiration}}.',
      ],
    ]);
  });

  it('rejects an empty file', () => {
    const [problem] = check('  \n');

    expect(problem?.severity).toBe('error');
  });
});
