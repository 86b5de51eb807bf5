import { describe, expect, it } from 'vitest';

import type { Exchange } from '../api/http.ts';
import { createAppStore } from './create-app-store.ts';

function exchange(path: string): Exchange {
  return { backend: 'vault', method: 'GET', path, status: 200, durationMs: 1 };
}

const entry = { command: 'vault status', output: 'Sealed  false' };

describe('exchanges slice', () => {
  it('hands the calls of a running step to the entry they led to', () => {
    const store = createAppStore();
    store.getState().setRun(2, { status: 'running' });

    store.getState().recordExchange(exchange('/v1/sys/unseal'));
    store.getState().appendEntry(entry);
    store.getState().recordExchange(exchange('/v1/sys/seal-status'));
    store.getState().appendEntry(entry);

    const { exchangesByEntry } = store.getState();
    expect(exchangesByEntry[1]?.map((e) => e.path)).toEqual(['/v1/sys/unseal']);
    expect(exchangesByEntry[2]?.map((e) => e.path)).toEqual([
      '/v1/sys/seal-status',
    ]);
  });

  it('ignores the checks that run while no action is in flight', () => {
    const store = createAppStore();

    store.getState().recordExchange(exchange('/v1/sys/seal-status'));
    store.getState().appendEntry(entry);

    expect(store.getState().exchangesByEntry).toEqual({});
  });

  it('drops calls left unclaimed when the run ends', () => {
    const store = createAppStore();
    store.getState().setRun(6, { status: 'running' });
    store.getState().recordExchange(exchange('/v1/auth/token/lookup'));

    store.getState().setRun(6, { status: 'failed', message: 'no' });
    store.getState().setRun(7, { status: 'running' });
    store.getState().appendEntry(entry);

    expect(store.getState().exchangesByEntry).toEqual({});
  });

  it('records inside a window opened for a typed command', () => {
    const store = createAppStore();
    const end = store.getState().beginRecording();

    store.getState().recordExchange(exchange('/v1/sys/mounts'));
    store.getState().appendEntry(entry);
    end();
    end();
    store.getState().recordExchange(exchange('/v1/sys/health'));

    expect(store.getState().recordingDepth).toBe(0);
    expect(store.getState().exchangesByEntry[1]).toHaveLength(1);
    expect(store.getState().pendingExchanges).toEqual([]);
  });

  it('forgets every call with the transcript', () => {
    const store = createAppStore();
    store.getState().setRun(1, { status: 'running' });
    store.getState().recordExchange(exchange('/v1/sys/init'));
    store.getState().appendEntry(entry);

    store.getState().clearTranscript();

    expect(store.getState().exchangesByEntry).toEqual({});
    expect(store.getState().transcript).toEqual([]);
  });
});
