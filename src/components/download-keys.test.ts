import { describe, expect, it } from 'vitest';

import { initKeysText } from './download-keys.ts';

describe('initKeysText', () => {
  it('lays the keys out as vault operator init prints them', () => {
    const text = initKeysText({
      unsealKey: 'a1b2c3',
      rootToken: 'hvs.root',
      serverToken: 'hvs.server',
    });

    expect(text).toBe('Unseal Key 1: a1b2c3\n\nInitial Root Token: hvs.root\n');
  });
});
