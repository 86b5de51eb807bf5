import { describe, expect, it } from 'vitest';

import { parsePolicy } from './policy-parse.ts';

describe('parsePolicy', () => {
  it('reads path stanzas and their capabilities', () => {
    const result = parsePolicy(
      'path "database/creds/accessdb" {\n  capabilities = ["read"]\n}\n' +
        'path "/sys/*" {\n  policy = "read"\n}\n',
    );

    expect(result).toEqual({
      paths: [
        { path: 'database/creds/accessdb', capabilities: ['read'] },
        { path: 'sys/*', capabilities: ['read', 'list'] },
      ],
    });
  });

  it('lets deny wipe the other capabilities', () => {
    const result = parsePolicy('path "a" { capabilities = ["read", "deny"] }');

    expect(result).toEqual({ paths: [{ path: 'a', capabilities: ['deny'] }] });
  });

  it('accepts the JSON form', () => {
    const result = parsePolicy(
      '{"path": {"secret/x": {"capabilities": ["update"]}}}',
    );

    expect(result).toEqual({
      paths: [{ path: 'secret/x', capabilities: ['update'] }],
    });
  });

  it('names an unknown capability', () => {
    const result = parsePolicy(
      'path "secret/x" {\n  capabilities = ["foo"]\n}',
    );

    expect(result).toEqual({
      error:
        'failed to parse policy: path "secret/x": invalid capability "foo"',
    });
  });

  it('names a misspelled key with its line', () => {
    const result = parsePolicy(
      'path "secret/x" {\n  capabilitie = ["read"]\n}',
    );

    expect(result).toEqual({
      error:
        'failed to parse policy: 1 error occurred:\n' +
        '\t* path "secret/x": invalid key "capabilitie" on line 2\n\n',
    });
  });

  it('forbids + followed by *', () => {
    const result = parsePolicy('path "a/+*" { capabilities = ["read"] }');

    expect(result).toEqual({
      error:
        'failed to parse policy: path "a/+*": ' +
        "invalid use of wildcards ('+*' is forbidden)",
    });
  });

  it('reports HCL syntax errors with a position', () => {
    const result = parsePolicy('path "a" {\n  capabilities = ["read"\n');

    expect(result).toHaveProperty('error');
    expect('error' in result && result.error).toMatch(
      /^failed to parse policy: At \d+:\d+: /,
    );
  });

  it('lists unknown top-level keys in source order', () => {
    const result = parsePolicy('foo "x" {}\nbar = 1\n');

    expect(result).toEqual({
      error:
        'failed to parse policy: 2 errors occurred:\n' +
        '\t* invalid key "foo" on line 0\n' +
        '\t* invalid key "bar" on line 2\n\n',
    });
  });
});
