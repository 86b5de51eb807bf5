import { describe, expect, it } from 'vitest';

import { durationSeconds } from './duration.ts';

describe('durationSeconds', () => {
  it('reads seconds, digit strings and Go durations', () => {
    const inputs = [259200, '259200', '72h', '1h30m', '1d', '', '90s'];

    expect(inputs.map(durationSeconds)).toEqual([
      259200, 259200, 259200, 5400, 86400, 0, 90,
    ]);
  });

  it('returns null for what Vault rejects', () => {
    const inputs = ['72 hours', 'h', '-5', 1.5, -1, '1h x'];

    expect(inputs.map(durationSeconds)).toEqual(inputs.map(() => null));
  });
});
