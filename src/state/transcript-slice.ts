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
      set((state) => ({
        transcript: [...state.transcript, { ...entry, id: nextId++ }],
      })),
    clearTranscript: () => set({ transcript: [] }),
  };
};
