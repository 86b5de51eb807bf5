import { describe, expect, it } from 'vitest';

import { validateFile } from './validate-file.ts';

// The paths and capabilities of the guide's nomad-server policy.
const nomadServerPolicy = [
  ['auth/token/create/nomad-cluster', 'update'],
  ['auth/token/roles/nomad-cluster', 'read'],
  ['auth/token/lookup-self', 'read'],
  ['auth/token/lookup', 'update'],
  ['auth/token/revoke-accessor', 'update'],
  ['sys/capabilities-self', 'update'],
  ['auth/token/renew-self', 'update'],
]
  .map(([path, capability]) => {
    return `path "${path}" {\n  capabilities = ["${capability}"]\n}\n`;
  })
  .join('\n');

function check(policy: string) {
  return validateFile('access-tables-policy.hcl', 'hcl', policy);
}

describe('Vault policy grammar', () => {
  it('accepts the guide policies', () => {
    const accessTables =
      'path "database/creds/accessdb" {\n  capabilities = ["read"]\n}\n';

    expect(check(nomadServerPolicy)).toEqual([]);
    expect(check(accessTables)).toEqual([]);
  });

  it('names an unknown capability and lists the valid ones', () => {
    const policy =
      'path "database/creds/accessdb" {\n  capabilities = ["raed"]\n}\n';

    const problems = check(policy);

    expect(problems).toEqual([
      {
        line: 2,
        column: 19,
        endColumn: 25,
        message:
          'Unknown capability "raed". Did you mean "read"? Valid ' +
          'capabilities: create, read, update, patch, delete, list, sudo, ' +
          'deny, subscribe, recover.',
        severity: 'error',
      },
    ]);
  });

  it('reports a missing closing brace at the block left open', () => {
    const policy = [
      'path "auth/token/lookup" {',
      '  capabilities = ["update"]',
      '}',
      '',
      'path "auth/token/roles/nomad-cluster" {',
      '  capabilities = ["read"]',
      '',
      'path "sys/capabilities-self" {',
      '  capabilities = ["update"]',
      '}',
    ].join('\n');

    const problems = check(policy);

    expect(problems).toEqual([
      {
        line: 5,
        column: 39,
        endColumn: 40,
        message:
          'Unclosed configuration block; There is no closing brace for ' +
          'this block before the end of the file. This may be caused by ' +
          'incorrect brace nesting elsewhere in this file.',
        severity: 'error',
      },
    ]);
  });

  it('accepts the old policy shorthand with a note on what it grants', () => {
    const problems = check('path "secret/*" {\n  policy = "read"\n}\n');

    expect(problems).toEqual([
      {
        line: 2,
        column: 3,
        endColumn: 9,
        message:
          'policy = "read" is the old form; Vault reads it as ' +
          'capabilities = ["read", "list"].',
        severity: 'warning',
      },
    ]);
  });

  it('rejects unknown keys, blocks and a path without a label', () => {
    const policy = [
      'path "secret/data" {',
      '  capabilitie = ["read"]',
      '}',
      'rule "x" {',
      '}',
      'path {',
      '  capabilities = ["read"]',
      '}',
    ].join('\n');

    const problems = check(policy);

    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [
        2,
        3,
        'Vault does not know the key "capabilitie" in path "secret/data". ' +
          'Did you mean "capabilities"?',
      ],
      [
        4,
        1,
        'Vault does not know the block "rule". A policy holds only ' +
          'path "…" { capabilities = [...] } blocks.',
      ],
      [
        6,
        1,
        'A path block takes exactly one quoted path, e.g. ' +
          'path "database/creds/accessdb" { … }.',
      ],
    ]);
  });

  it('rejects the +* wildcard and capabilities that are not a list', () => {
    const policy = 'path "secret/+*" {\n  capabilities = "read"\n}\n';

    const problems = check(policy);

    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [
        1,
        "Vault rejects this path: invalid use of wildcards ('+*' is " +
          'forbidden). Use "+" for one segment or a trailing "*" for a prefix.',
      ],
      [
        2,
        '"capabilities" must be a list of quoted names, e.g. ["read", "list"].',
      ],
    ]);
  });
});
