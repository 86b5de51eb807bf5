import type { StateCreator } from 'zustand';

import type { TranscriptEntry } from '../guide/types.ts';
import type { AppState } from './app-state.ts';

export interface NumberedEntry extends TranscriptEntry {
  /** Grows by one per entry; lets writers skip what they already showed. */
  id: number;
}

/** Every command echoed this session; memory only, never persisted. */
export interface TranscriptSlice {
  transcript: NumberedEntry[];
  /** Appends the entry and hands it the calls made since the last one. */
  appendEntry(entry: TranscriptEntry): void;
  clearTranscript(): void;
}

export const createTranscriptSlice: StateCreator<
  AppState,
  [],
  [],
  TranscriptSlice
> = (set) => {
  let nextId = 1;
  return {
    transcript: [],
    appendEntry: (entry) =>
      set((state) => {
        const id = nextId++;
        const calls = state.pendingExchanges;
        return {
          transcript: [...state.transcript, { ...entry, id }],
          pendingExchanges: [],
          exchangesByEntry:
            calls.length === 0
              ? state.exchangesByEntry
              : { ...state.exchangesByEntry, [id]: calls },
        };
      }),
    clearTranscript: () =>
      set({ transcript: [], pendingExchanges: [], exchangesByEntry: {} }),
  };
};
