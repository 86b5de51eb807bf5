import { describe, expect, it } from 'vitest';

import { wrapParagraph, wrapWithPadding } from './wrap.ts';

describe('wrapParagraph', () => {
  it('prefers even lines over filling the first one', () => {
    const wrapped = wrapParagraph('aaa bb cc ddddd', 6);

    expect(wrapped).toBe('aaa\nbb cc\nddddd');
  });

  it('keeps text that fits on one line', () => {
    expect(wrapParagraph('short text', 78)).toBe('short text');
  });

  it('leaves a word longer than the limit on a line of its own', () => {
    expect(wrapParagraph('a abcdefghij b', 5)).toBe('a\nabcdefghij\nb');
  });
});

describe('wrapWithPadding', () => {
  it('indents each wrapped line within the overall limit', () => {
    const wrapped = wrapWithPadding('* one two three four', 12, 2);

    expect(wrapped).toBe('  * one two\n  three four');
  });
});
