import { describe, expect, it } from 'vitest';

import { humanDuration, looksLikeDuration } from './duration.ts';

describe('humanDuration', () => {
  it.each([
    [259200, '72h'],
    [2764800, '768h'],
    [3600, '1h'],
    [3660, '1h1m'],
    [3605, '1h5s'],
    [90, '1m30s'],
    [45, '45s'],
    [0, '0s'],
  ])('prints %i seconds as %s', (seconds, text) => {
    expect(humanDuration(seconds)).toBe(text);
  });
});

describe('looksLikeDuration', () => {
  it('recognises ttl and period keys', () => {
    const keys = ['ttl', 'default_ttl', 'period', 'token_period', 'lease_max'];

    expect(keys.every(looksLikeDuration)).toBe(true);
  });

  it('leaves other keys alone', () => {
    expect(looksLikeDuration('num_uses')).toBe(false);
  });
});
