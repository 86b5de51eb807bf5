import { describe, expect, it } from 'vitest';

import { createAppStore } from './create-app-store.ts';
import { fileKey } from './files-slice.ts';
import { FILES_KEY, SECRETS_KEY } from './session-mirror.ts';

class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  dump(): string {
    return [...this.items.values()].join('\n');
  }
}

const rootToken = 'hvs.CAESIJq3rootTokenForTests0123456789';
const unsealKey =
  'b5c0d9f4e3a2b1c0d9f4e3a2b1c0d9f4e3a2b1c0d9f4e3a2b1c0d9f4e3a2b1c0';

describe('session mirror', () => {
  it('mirrors secrets to sessionStorage under nvw.secrets', () => {
    const session = new MemoryStorage();
    const store = createAppStore(session);

    store.getState().setSecrets({ unsealKey, rootToken });

    expect(JSON.parse(session.getItem(SECRETS_KEY) ?? '{}')).toEqual({
      unsealKey,
      rootToken,
      hasSavedInitKeys: false,
    });
  });

  it('restores secrets and the saved flag in a new page of the tab', () => {
    const session = new MemoryStorage();
    const first = createAppStore(session);
    first.getState().setSecrets({ rootToken, dbPassword: 'A1a-pw"\\' });
    first.getState().setInitKeysSaved(true);

    const reloaded = createAppStore(session).getState();

    expect(reloaded.secrets).toEqual({ rootToken, dbPassword: 'A1a-pw"\\' });
    expect(reloaded.hasSavedInitKeys).toBe(true);
  });

  it('keeps secrets out of localStorage', () => {
    const local = new MemoryStorage();
    const previous = Object.getOwnPropertyDescriptor(
      globalThis,
      'localStorage',
    );
    Object.defineProperty(globalThis, 'localStorage', {
      value: local,
      configurable: true,
    });
    try {
      const store = createAppStore(new MemoryStorage());
      store.getState().setSecrets({ unsealKey, rootToken });
      store.getState().editFile(fileKey(4, 'policy.hcl'), 'path "x" {}');

      expect(local.length).toBe(0);
    } finally {
      if (previous) Object.defineProperty(globalThis, 'localStorage', previous);
      else delete (globalThis as { localStorage?: Storage }).localStorage;
    }
  });

  it('removes the secrets key when the lab is reset', () => {
    const session = new MemoryStorage();
    const store = createAppStore(session);
    store.getState().setSecrets({ unsealKey, rootToken });
    store.getState().setInitKeysSaved(true);

    store.getState().clearSecrets();

    expect(session.getItem(SECRETS_KEY)).toBeNull();
    expect(session.dump()).not.toContain(rootToken);
  });

  it('forgets a secret patched to an empty string', () => {
    const session = new MemoryStorage();
    const store = createAppStore(session);
    store.getState().setSecrets({ rootToken, serverToken: 'hvs.server' });

    store.getState().setSecrets({ serverToken: '' });

    expect(session.getItem(SECRETS_KEY)).not.toContain('hvs.server');
    expect(store.getState().secrets).toEqual({ rootToken });
  });

  it('keeps reveal flags in memory only', () => {
    const session = new MemoryStorage();
    const store = createAppStore(session);
    store.getState().setSecrets({ rootToken });

    store.getState().toggleReveal('rootToken');
    store.getState().setTerminalRevealed(true);

    expect(session.dump()).not.toContain('reveal');
    expect(createAppStore(session).getState().revealed).toEqual({});
  });

  it('mirrors file edits under nvw.files and forgets restored ones', () => {
    const session = new MemoryStorage();
    const store = createAppStore(session);
    const key = fileKey(4, 'nomad-server-policy.hcl');

    store.getState().editFile(key, 'path "auth/token/lookup" {}');
    const whileEdited = session.getItem(FILES_KEY);
    store.getState().restoreFile(key);

    expect(JSON.parse(whileEdited ?? '{}')).toEqual({
      '4/nomad-server-policy.hcl': 'path "auth/token/lookup" {}',
    });
    expect(session.getItem(FILES_KEY)).toBeNull();
  });

  it('ignores malformed or foreign values in sessionStorage', () => {
    const session = new MemoryStorage();
    session.setItem(SECRETS_KEY, '{"rootToken":42,"unsealKey":"k","x":"y"}');
    session.setItem(FILES_KEY, 'not json');

    const state = createAppStore(session).getState();

    expect(state.secrets).toEqual({ unsealKey: 'k' });
    expect(state.editedFiles).toEqual({});
  });
});
