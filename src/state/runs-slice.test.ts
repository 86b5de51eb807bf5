import { describe, expect, it } from 'vitest';

import { createAppStore } from './create-app-store.ts';

describe('runs slice', () => {
  it('forgets later failures once an earlier step succeeds', () => {
    const store = createAppStore();
    store.getState().setRun(2, { status: 'failed', message: 'no key' });
    store.getState().setRun(5, { status: 'done', message: 'Done' });

    store.getState().setRun(1, { status: 'done', message: 'Done' });

    expect(store.getState().runs).toEqual({
      1: { status: 'done', message: 'Done' },
      5: { status: 'done', message: 'Done' },
    });
  });

  it('keeps a failure of an earlier step', () => {
    const store = createAppStore();
    store.getState().setRun(1, { status: 'failed', message: 'sealed' });

    store.getState().setRun(3, { status: 'done', message: 'Done' });

    expect(store.getState().runs[1]).toEqual({
      status: 'failed',
      message: 'sealed',
    });
  });
});
