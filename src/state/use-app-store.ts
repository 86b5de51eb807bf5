import { useStore } from 'zustand';

import type { AppState } from './app-state.ts';
import { createAppStore } from './create-app-store.ts';

function browserSession(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    // Some privacy settings throw on access; the app then keeps memory only.
    return undefined;
  }
}

/** The app's one store instance. */
export const appStore = createAppStore(browserSession());

/** Selects from the app store; pick single fields to keep renders few. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
