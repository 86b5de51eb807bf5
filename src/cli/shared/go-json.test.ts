import { describe, expect, it } from 'vitest';

import { goJson, goJsonCompact, sortKeysDeep } from './go-json.ts';

describe('goJson', () => {
  it('indents by two spaces and keeps the given key order', () => {
    const text = goJson({ b: 1, a: [true, null], c: {}, d: [] });

    expect(text).toBe(
      '{\n  "b": 1,\n  "a": [\n    true,\n    null\n  ],\n' +
        '  "c": {},\n  "d": []\n}',
    );
  });

  it('escapes HTML characters as Go does', () => {
    expect(goJson('<a & b>')).toBe('"\\u003ca \\u0026 b\\u003e"');
  });
});

describe('goJsonCompact', () => {
  it('writes one line with sorted keys when given sorted input', () => {
    const body = sortKeysDeep({ z: 1, a: { d: 'x', c: 'y' } });

    expect(goJsonCompact(body)).toBe('{"a":{"c":"y","d":"x"},"z":1}');
  });
});
