import { describe, expect, it } from 'vitest';

import { textChange } from './text-change.ts';

describe('textChange', () => {
  it('replaces only the part that differs', () => {
    const change = textChange(
      'capabilities = ["raed"]',
      'capabilities = ["read"]',
    );

    expect(change).toEqual({ from: 18, to: 20, insert: 'ea' });
  });

  it('describes pure insertions and deletions', () => {
    expect(textChange('ab', 'aXb')).toEqual({ from: 1, to: 1, insert: 'X' });
    expect(textChange('aXb', 'ab')).toEqual({ from: 1, to: 2, insert: '' });
    expect(textChange('same', 'same')).toEqual({ from: 4, to: 4, insert: '' });
  });
});
