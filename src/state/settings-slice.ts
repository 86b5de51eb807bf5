import type { StateCreator } from 'zustand';

import type { ModeInfo } from '../api/mode.ts';
import type { AppState } from './app-state.ts';

/** Who answers the app's requests, as `GET /api/mode` told us. */
export interface SettingsSlice {
  modeInfo: ModeInfo;
  setModeInfo(info: ModeInfo): void;
}

export const createSettingsSlice: StateCreator<
  AppState,
  [],
  [],
  SettingsSlice
> = (set) => ({
  modeInfo: { mode: 'mock' },
  setModeInfo: (info) => set({ modeInfo: info }),
});
