import { afterEach, describe, expect, it } from 'vitest';

import {
  clearRetryWait,
  currentRetryWait,
  noteRetryAfter,
  subscribeRetryWait,
} from './retry-wait.ts';

afterEach(() => clearRetryWait());

describe('the retry wait', () => {
  it('lasts the seconds asked for, then lapses', () => {
    noteRetryAfter('vault', 5, 1_000);

    expect(currentRetryWait(5_999)).toEqual({ backend: 'vault', until: 6_000 });
    expect(currentRetryWait(6_000)).toBeNull();
  });

  it('is not shortened by a later, shorter wait', () => {
    noteRetryAfter('vault', 30, 0);

    noteRetryAfter('nomad', 2, 1_000);

    expect(currentRetryWait(10_000)).toEqual({
      backend: 'vault',
      until: 30_000,
    });
  });

  it('tells subscribers when it changes', () => {
    const seen: string[] = [];
    const stop = subscribeRetryWait(() => seen.push('changed'));

    noteRetryAfter('vault', 1, 0);
    clearRetryWait();
    stop();
    noteRetryAfter('vault', 9, 0);

    expect(seen).toEqual(['changed', 'changed']);
  });
});
