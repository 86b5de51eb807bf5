import { describe, expect, it } from 'vitest';

import { createAppStore } from './create-app-store.ts';
import {
  hiddenSecretValues,
  isSecretShown,
  shownSecretValues,
} from './presenter-masking.ts';
import { PRESENTER_KEY } from './presenter-slice.ts';

const secrets = {
  unsealKey: 'q1Vv3hZb2k8cF0mT7yXw4nR6pL9sD5aE2gH8jK1oU3Y=',
  rootToken: 'hvs.CAESIJq3rootTokenForTests0123456789',
  dbUsername: 'v-token-accessdb-x1',
};

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('presenter mode', () => {
  it('hides every held credential, revealed or not', () => {
    const store = createAppStore();
    store.getState().setSecrets(secrets);
    store.getState().toggleReveal('rootToken');
    const before = shownSecretValues(store.getState());

    store.getState().setPresenting(true);

    expect(before).toEqual([secrets.rootToken]);
    expect(hiddenSecretValues(store.getState())).toEqual([
      secrets.unsealKey,
      secrets.rootToken,
    ]);
    expect(isSecretShown(store.getState(), 'rootToken')).toBe(false);
  });

  it('leaves everything masked when switched off again', () => {
    const store = createAppStore();
    store.getState().setSecrets(secrets);
    store.getState().toggleReveal('unsealKey');

    store.getState().setPresenting(true);
    store.getState().setPresenting(false);

    expect(shownSecretValues(store.getState())).toEqual([]);
  });

  it('survives a reload of the tab, and only the flag is stored', () => {
    const session = new MemoryStorage();
    createAppStore(session).getState().setPresenting(true);

    const reloaded = createAppStore(session);

    expect(reloaded.getState().isPresenting).toBe(true);
    expect(session.getItem(PRESENTER_KEY)).toBe('on');
  });
});
