import { describe, expect, it } from 'vitest';

import { goQuote, goQuotedList, goValue } from './go-value.ts';

describe('goValue', () => {
  it('prints lists, sorted maps and null the way %v does', () => {
    const value = {
      b: [1, 'two', true],
      a: { z: null, y: [] },
    };

    expect(goValue(value)).toBe('map[a:map[y:[] z:<nil>] b:[1 two true]]');
  });

  it('prints strings without quotes', () => {
    expect(goValue('postgresql-database-plugin')).toBe(
      'postgresql-database-plugin',
    );
  });
});

describe('goQuotedList', () => {
  it('quotes each policy name and separates them with spaces', () => {
    expect(goQuotedList(['default', 'nomad-server'])).toBe(
      '["default" "nomad-server"]',
    );
  });

  it('prints an absent list as empty brackets', () => {
    expect(goQuotedList(null)).toBe('[]');
  });
});

describe('goQuote', () => {
  it('escapes quotes, backslashes and control characters', () => {
    expect(goQuote('a "b"\\\n\u0001')).toBe('"a \\"b\\"\\\\\\n\\x01"');
  });
});
