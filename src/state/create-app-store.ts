import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';

import type { AppState } from './app-state.ts';
import { createExchangesSlice } from './exchanges-slice.ts';
import { createFilesSlice } from './files-slice.ts';
import { createPresenterSlice, mirrorPresenter } from './presenter-slice.ts';
import { createRevealSlice } from './reveal-slice.ts';
import { createRunsSlice } from './runs-slice.ts';
import { createSecretsSlice } from './secrets-slice.ts';
import {
  mirrorToSession,
  readSession,
  type SessionStore,
} from './session-mirror.ts';
import { createSettingsSlice } from './settings-slice.ts';
import { createTranscriptSlice } from './transcript-slice.ts';

export type AppStore = StoreApi<AppState>;

/**
 * Builds the store from its slices. With a session store, secrets, file
 * edits and presenter mode are restored from it and mirrored back.
 */
export function createAppStore(session?: SessionStore): AppStore {
  const store = createStore<AppState>()((...api) => ({
    ...createSecretsSlice(...api),
    ...createRevealSlice(...api),
    ...createSettingsSlice(...api),
    ...createFilesSlice(...api),
    ...createTranscriptSlice(...api),
    ...createExchangesSlice(...api),
    ...createPresenterSlice(...api),
    ...createRunsSlice(...api),
  }));
  if (session) {
    store.setState(readSession(session));
    mirrorToSession(store, session);
    mirrorPresenter(store, session);
  }
  return store;
}
