import { describe, expect, it } from 'vitest';

import {
  formatNanoTime,
  formatTextTime,
  prettyTimeDiff,
  shortId,
} from './time.ts';

const now = Date.parse('2026-08-21T12:00:00Z');

describe('prettyTimeDiff', () => {
  it.each([
    [0, '0s ago'],
    [48_000, '48s ago'],
    [116_000, '1m56s ago'],
    [7_505_000, '2h5m ago'],
    [7_205_000, '2h5s ago'],
    [3_600_000, '1h ago'],
    [90_061_000, '1d1h ago'],
  ])('shows %i ms ago as %s', (ago, text) => {
    expect(prettyTimeDiff(now - ago, now)).toBe(text);
  });

  it('rounds both times to the second', () => {
    expect(prettyTimeDiff(now - 1_499, now)).toBe('1s ago');
  });

  it('speaks of the future for later times', () => {
    expect(prettyTimeDiff(now + 30_000, now)).toBe('30s from now');
  });
});

describe('Nomad timestamps', () => {
  it('prints unix nanoseconds as RFC3339 in UTC, to the second', () => {
    expect(formatNanoTime(1787306400900000000)).toBe('2026-08-21T10:00:00Z');
  });

  it('prints the zero time as nothing', () => {
    expect(formatTextTime('0001-01-01T00:00:00Z')).toBe('');
  });

  it('shortens IDs to eight characters', () => {
    expect(shortId('701e2699-3c4d-4e5f-8a9b-0c1d2e3f4a5b')).toBe('701e2699');
  });
});
