import type { StateCreator } from 'zustand';

import type { Exchange } from '../api/http.ts';
import type { AppState } from './app-state.ts';

/**
 * The HTTP calls behind each transcript entry, for the curl and HTTP views
 * and the exports. Memory only: the bodies hold tokens and keys.
 */
export interface ExchangesSlice {
  /** Calls of the action in flight that no entry has claimed yet. */
  pendingExchanges: Exchange[];
  /** The calls that led to each entry, keyed by the entry's id. */
  exchangesByEntry: Record<number, Exchange[]>;
  /** Open recording windows (typed commands); step runs count on their own. */
  recordingDepth: number;
  recordExchange(exchange: Exchange): void;
  /** Records every call until the returned function is called. */
  beginRecording(): () => void;
}

export const createExchangesSlice: StateCreator<
  AppState,
  [],
  [],
  ExchangesSlice
> = (set, get, api) => {
  // Calls left over when an action ends belong to no entry: drop them.
  api.subscribe((state, previous) => {
    if (isActing(state) === isActing(previous)) return;
    if (state.pendingExchanges.length > 0) set({ pendingExchanges: [] });
  });
  return {
    pendingExchanges: [],
    exchangesByEntry: {},
    recordingDepth: 0,
    recordExchange: (exchange) => {
      // Checks poll the servers all the time; only actions are recorded.
      if (!isActing(get())) return;
      set((state) => ({
        pendingExchanges: [...state.pendingExchanges, exchange],
      }));
    },
    beginRecording: () => {
      set((state) => ({ recordingDepth: state.recordingDepth + 1 }));
      let isOpen = true;
      return () => {
        if (!isOpen) return;
        isOpen = false;
        set((state) => ({ recordingDepth: state.recordingDepth - 1 }));
      };
    },
  };
};

/** A step is running or a recording window is open. */
function isActing(state: AppState): boolean {
  if (state.recordingDepth > 0) return true;
  return Object.values(state.runs).some((run) => run?.status === 'running');
}
