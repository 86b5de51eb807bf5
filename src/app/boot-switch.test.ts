import { afterEach, describe, expect, it } from 'vitest';

import {
  clearRetryWait,
  currentRetryWait,
  noteRetryAfter,
} from '../api/retry-wait.ts';
import { createAppStore } from '../state/create-app-store.ts';
import { MODE_OVERRIDE_KEY } from './boot-mode.ts';
import { switchMode } from './boot-switch.ts';
import { unregisterMockWorkers } from './boot.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

afterEach(() => clearRetryWait());

describe('switchMode', () => {
  it('forgets answers, secrets and output, stores the choice, reloads', async () => {
    const session = memoryStorage();
    const store = createAppStore(session);
    store.getState().setSecrets({ unsealKey: 'key', rootToken: 'hvs.root' });
    store.setState({
      transcript: [{ id: 1, command: 'vault status', output: '' }],
    });
    store.getState().setRun(2, { status: 'done', message: 'Done' });
    noteRetryAfter('vault', 30);
    const events: string[] = [];

    await switchMode(
      { override: 'mock', label: 'Use the offline lab', destination: 'lab' },
      {
        queryClient: { clear: () => events.push('cache cleared') },
        store,
        storage: session,
        reload: () => {
          events.push(`reload with ${session.items.get(MODE_OVERRIDE_KEY)}`);
        },
      },
    );

    expect(events).toEqual(['cache cleared', 'reload with mock']);
    expect(store.getState().secrets).toEqual({});
    expect(store.getState().transcript).toEqual([]);
    expect(store.getState().runs).toEqual({});
    expect(session.items.has('nvw.secrets')).toBe(false);
    expect(currentRetryWait()).toBeNull();
  });

  it('removes the override when going back to the server', async () => {
    const session = memoryStorage();
    session.items.set(MODE_OVERRIDE_KEY, 'mock');
    let reloads = 0;

    await switchMode(
      { override: null, label: 'Use live', destination: 'live' },
      {
        queryClient: { clear: () => undefined },
        store: createAppStore(),
        storage: session,
        reload: () => (reloads += 1),
      },
    );

    expect(session.items.has(MODE_OVERRIDE_KEY)).toBe(false);
    expect(reloads).toBe(1);
  });
});

describe('unregisterMockWorkers', () => {
  function registration(scriptURL: string, slot = 'active') {
    const state = { unregistered: false };
    const worker = { scriptURL };
    return {
      state,
      registration: {
        active: null,
        waiting: null,
        installing: null,
        [slot]: worker,
        unregister: async () => (state.unregistered = true),
      } as unknown as ServiceWorkerRegistration,
    };
  }

  it('removes active and still-installing mock workers only', async () => {
    const active = registration('http://127.0.0.1:4180/mockServiceWorker.js');
    const installing = registration(
      'http://127.0.0.1:4180/mockServiceWorker.js',
      'installing',
    );
    const other = registration('http://127.0.0.1:4180/other-worker.js');

    const removed = await unregisterMockWorkers({
      getRegistrations: async () => [
        active.registration,
        installing.registration,
        other.registration,
      ],
    });

    expect(removed).toBe(2);
    expect(active.state.unregistered).toBe(true);
    expect(installing.state.unregistered).toBe(true);
    expect(other.state.unregistered).toBe(false);
  });

  it('does nothing where service workers do not exist', async () => {
    expect(await unregisterMockWorkers(undefined)).toBe(0);
  });
});
