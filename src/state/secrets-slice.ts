import type { StateCreator } from 'zustand';

import type { SecretValues } from '../guide/types.ts';
import type { AppState } from './app-state.ts';

/** What the learner holds for this tab; mirrored to sessionStorage only. */
export interface SecretsSlice {
  secrets: SecretValues;
  /** The learner downloaded the init output or said they saved it. */
  hasSavedInitKeys: boolean;
  setSecrets(patch: Partial<SecretValues>): void;
  setInitKeysSaved(isSaved: boolean): void;
  clearSecrets(): void;
}

export const createSecretsSlice: StateCreator<
  AppState,
  [],
  [],
  SecretsSlice
> = (set) => ({
  secrets: {},
  hasSavedInitKeys: false,
  setSecrets: (patch) =>
    set((state) => ({ secrets: withoutEmpty({ ...state.secrets, ...patch }) })),
  setInitKeysSaved: (isSaved) => set({ hasSavedInitKeys: isSaved }),
  clearSecrets: () =>
    set({ secrets: {}, hasSavedInitKeys: false, revealed: {} }),
});

// An empty string in a patch forgets that value (e.g. a revoked token).
function withoutEmpty(values: Partial<SecretValues>): SecretValues {
  const kept: SecretValues = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' && value !== '') {
      kept[name as keyof SecretValues] = value;
    }
  }
  return kept;
}
