import type { StateCreator } from 'zustand';

import type { AppState } from './app-state.ts';

/** Learner edits of step files, keyed by `fileKey`; not secret. */
export interface FilesSlice {
  editedFiles: Record<string, string>;
  editFile(key: string, content: string): void;
  restoreFile(key: string): void;
}

/** Identifies a step file; names may repeat across steps. */
export function fileKey(stepNumber: number, name: string): string {
  return `${stepNumber}/${name}`;
}

export const createFilesSlice: StateCreator<AppState, [], [], FilesSlice> = (
  set,
) => ({
  editedFiles: {},
  editFile: (key, content) =>
    set((state) => ({ editedFiles: { ...state.editedFiles, [key]: content } })),
  restoreFile: (key) =>
    set((state) => {
      const { [key]: _restored, ...rest } = state.editedFiles;
      return { editedFiles: rest };
    }),
});
