import type { StateCreator } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';

import type { AppState } from './app-state.ts';
import type { SessionStore } from './session-mirror.ts';

/** Not secret: a reload while sharing the screen must stay in the mode. */
export const PRESENTER_KEY = 'nvw.presenter';

/** Presenter mode: every secret masked and no way to reveal one. */
export interface PresenterSlice {
  isPresenting: boolean;
  setPresenting(isPresenting: boolean): void;
}

export const createPresenterSlice: StateCreator<
  AppState,
  [],
  [],
  PresenterSlice
> = (set) => ({
  isPresenting: false,
  // Reveals are forgotten both ways, so leaving the mode shows nothing.
  setPresenting: (isPresenting) =>
    set({ isPresenting, revealed: {}, isTerminalRevealed: false }),
});

/** Restores presenter mode for this tab and keeps the flag up to date. */
export function mirrorPresenter(
  store: StoreApi<AppState>,
  storage: SessionStore,
): () => void {
  if (safeGet(storage) === 'on') store.setState({ isPresenting: true });
  return store.subscribe((state, previous) => {
    if (state.isPresenting === previous.isPresenting) return;
    try {
      if (state.isPresenting) storage.setItem(PRESENTER_KEY, 'on');
      else storage.removeItem(PRESENTER_KEY);
    } catch {
      // Storage refused: the mode still holds until the page reloads.
    }
  });
}

function safeGet(storage: SessionStore): string | null {
  try {
    return storage.getItem(PRESENTER_KEY);
  } catch {
    return null;
  }
}
