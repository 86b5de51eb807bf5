import type { StateCreator } from 'zustand';

import type { SecretValues } from '../guide/types.ts';
import type { AppState } from './app-state.ts';

export type SecretName = keyof SecretValues;

/** Which secrets are shown in clear; memory only, masked after a reload. */
export interface RevealSlice {
  revealed: Partial<Record<SecretName, boolean>>;
  /** Shows every secret in the terminal and transcript. */
  isTerminalRevealed: boolean;
  toggleReveal(name: SecretName): void;
  setTerminalRevealed(isRevealed: boolean): void;
}

export const createRevealSlice: StateCreator<AppState, [], [], RevealSlice> = (
  set,
) => ({
  revealed: {},
  isTerminalRevealed: false,
  toggleReveal: (name) =>
    set((state) => ({
      revealed: { ...state.revealed, [name]: !state.revealed[name] },
    })),
  setTerminalRevealed: (isRevealed) => set({ isTerminalRevealed: isRevealed }),
});
