import { describe, expect, it } from 'vitest';

import { buildKvData } from './kv-builder.ts';

const files: Record<string, string> = {
  'nomad-cluster-role.json':
    '{"allowed_policies":"access-tables","orphan":true,"token_period":259200}',
  'accessdb.sql': 'CREATE USER "{{name}}";\nGRANT x;\n',
};
const sources = { file: (name: string) => files[name], stdin: '{"a":1}' };

describe('buildKvData', () => {
  it('merges @file.json keeping JSON types', () => {
    expect(buildKvData(['@nomad-cluster-role.json'], sources)).toEqual({
      allowed_policies: 'access-tables',
      orphan: true,
      token_period: 259200,
    });
  });

  it('takes key=@file as the raw text of the file', () => {
    const data = buildKvData(
      ['db_name=postgresql', 'creation_statements=@accessdb.sql'],
      sources,
    );

    expect(data).toEqual({
      db_name: 'postgresql',
      creation_statements: 'CREATE USER "{{name}}";\nGRANT x;\n',
    });
  });

  it('turns a repeated key into a list of strings', () => {
    expect(buildKvData(['p=a', 'p=b', 'p=c'], sources)).toEqual({
      p: ['a', 'b', 'c'],
    });
  });

  it('reads standard input for - and key=-', () => {
    expect(buildKvData(['-', 'b=-'], sources)).toEqual({
      a: 1,
      b: '{"a":1}',
    });
  });

  it('keeps everything after the first = in the value', () => {
    expect(buildKvData(['url=a=b'], sources)).toEqual({ url: 'a=b' });
  });

  it('rejects an argument without =', () => {
    expect(() => buildKvData(['oops'], sources)).toThrow(
      'invalid key/value pair "oops": format must be key=value',
    );
  });

  it('names a missing file like Go does', () => {
    expect(() => buildKvData(['@nope.json'], sources)).toThrow(
      'open nope.json: no such file or directory',
    );
  });

  it('refuses JSON that is not an object', () => {
    expect(() =>
      buildKvData(['@x'], { file: () => '[1]', stdin: undefined }),
    ).toThrow(
      'json: cannot unmarshal array into Go value of type ' +
        'map[string]interface {}',
    );
  });
});
