import { describe, expect, it } from 'vitest';

import { createAppStore } from '../state/create-app-store.ts';
import { liveHiddenValues, maskLive, visibleEntryOf } from './shell-masking.ts';

const rootToken = 'hvs.CAESIJliveRootTokenForTests012345';
const dbPassword = 'A1a-livePasswordForTests';

function storeHolding() {
  const store = createAppStore();
  store.getState().setSecrets({ rootToken, dbUsername: 'v-token-accessdb-x' });
  return store;
}

describe('liveHiddenValues', () => {
  it('hides registered values and held credentials, not names', () => {
    const hidden = liveHiddenValues(storeHolding().getState(), [dbPassword]);

    expect(hidden).toEqual([dbPassword, rootToken]);
  });

  it('shows a held credential the learner revealed', () => {
    const store = storeHolding();
    store.getState().toggleReveal('rootToken');

    expect(liveHiddenValues(store.getState(), [rootToken])).toEqual([]);
  });

  it('hides everything again while presenting', () => {
    const store = storeHolding();
    store.getState().toggleReveal('rootToken');
    store.getState().setPresenting(true);

    expect(liveHiddenValues(store.getState(), [])).toEqual([rootToken]);
  });
});

describe('maskLive', () => {
  it('masks the token but keeps its prefix', () => {
    const text = `token    ${rootToken}\npassword ${dbPassword}\n`;

    expect(maskLive(text, storeHolding().getState(), [dbPassword])).toBe(
      'token    hvs.****\npassword ****\n',
    );
  });
});

describe('visibleEntryOf', () => {
  it('masks an entry the way the transcript does', () => {
    const store = storeHolding();
    store.getState().appendEntry({
      command: `vault login ${rootToken}`,
      output: 'Success! You are now authenticated.',
    });
    const [entry] = store.getState().transcript;
    if (!entry) throw new Error('no entry');

    expect(visibleEntryOf(store.getState(), entry)).toEqual({
      id: entry.id,
      command: 'vault login hvs.****',
      output: 'Success! You are now authenticated.',
      isError: false,
    });
  });
});
