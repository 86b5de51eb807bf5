import { describe, expect, it } from 'vitest';

import {
  MODE_OVERRIDE_KEY,
  chooseMode,
  readModeOverride,
  switchTarget,
  writeModeOverride,
} from './boot-mode.ts';

const live = {
  mode: 'live',
  vaultAddr: 'http://127.0.0.1:8200',
  nomadAddr: 'http://127.0.0.1:4646',
} as const;

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('chooseMode', () => {
  it('runs the server mode without an override', () => {
    expect(chooseMode(live, null)).toEqual(live);
  });

  it('runs the offline lab on request and keeps what the server offers', () => {
    expect(chooseMode(live, 'mock')).toEqual({
      mode: 'mock',
      serverMode: live,
    });
  });

  it('ignores the override where the server offers nothing else', () => {
    expect(chooseMode({ mode: 'mock' }, 'mock')).toEqual({ mode: 'mock' });
  });
});

describe('switchTarget', () => {
  it('offers the offline lab in live and sandbox mode', () => {
    expect(switchTarget(live)).toEqual({
      override: 'mock',
      label: 'Use the offline lab',
      destination: 'the offline lab in this browser tab',
    });
    expect(switchTarget({ mode: 'sandbox' })?.override).toBe('mock');
  });

  it('offers the way back with both addresses', () => {
    expect(switchTarget(chooseMode(live, 'mock'))).toEqual({
      override: null,
      label:
        'Use live (Vault http://127.0.0.1:8200, Nomad http://127.0.0.1:4646)',
      destination:
        'Vault http://127.0.0.1:8200 and Nomad http://127.0.0.1:4646 ' +
        'through the server',
    });
  });

  it('offers nothing when only the offline lab exists', () => {
    expect(switchTarget({ mode: 'mock' })).toBeNull();
  });
});

describe('the stored override', () => {
  it('is written under nvw.mode-override and read back', () => {
    const storage = memoryStorage();

    writeModeOverride(storage, 'mock');

    expect(storage.items.get(MODE_OVERRIDE_KEY)).toBe('mock');
    expect(readModeOverride(storage)).toBe('mock');
  });

  it('is removed when the server mode is chosen again', () => {
    const storage = memoryStorage();
    writeModeOverride(storage, 'mock');

    writeModeOverride(storage, null);

    expect(storage.items.has(MODE_OVERRIDE_KEY)).toBe(false);
    expect(readModeOverride(storage)).toBeNull();
  });

  it('reads anything else, or no storage, as no override', () => {
    const storage = memoryStorage();
    storage.items.set(MODE_OVERRIDE_KEY, 'live');

    expect(readModeOverride(storage)).toBeNull();
    expect(readModeOverride(undefined)).toBeNull();
  });
});
