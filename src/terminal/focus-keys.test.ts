import { describe, expect, it } from 'vitest';

import { createFocusKeys, type KeyLike } from './focus-keys.ts';

const down = (key: string, shiftKey = false): KeyLike => ({
  key,
  type: 'keydown',
  shiftKey,
});

describe('createFocusKeys', () => {
  it('keeps Tab in the terminal for completion', () => {
    const keys = createFocusKeys();

    expect(keys.handle(down('Tab'))).toBe(true);
  });

  it('lets Tab move focus on right after Escape', () => {
    const keys = createFocusKeys();

    expect(keys.handle(down('Escape'))).toBe(false);
    expect(keys.handle(down('Tab'))).toBe(false);
  });

  it('lets Shift+Tab move focus back at any time', () => {
    expect(createFocusKeys().handle(down('Tab', true))).toBe(false);
  });

  it('forgets the Escape once another key is typed', () => {
    const keys = createFocusKeys();
    keys.handle(down('Escape'));
    keys.handle(down('Shift'));
    keys.handle(down('a'));

    expect(keys.handle(down('Tab'))).toBe(true);
  });

  it('forgets the Escape when the terminal gets focus again', () => {
    const keys = createFocusKeys();
    keys.handle(down('Escape'));
    keys.reset();

    expect(keys.handle(down('Tab'))).toBe(true);
  });

  it('passes ordinary keys to the terminal', () => {
    expect(createFocusKeys().handle(down('Enter'))).toBe(true);
  });
});
