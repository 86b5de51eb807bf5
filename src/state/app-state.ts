import type { ExchangesSlice } from './exchanges-slice.ts';
import type { FilesSlice } from './files-slice.ts';
import type { PresenterSlice } from './presenter-slice.ts';
import type { RevealSlice } from './reveal-slice.ts';
import type { RunsSlice } from './runs-slice.ts';
import type { SecretsSlice } from './secrets-slice.ts';
import type { SettingsSlice } from './settings-slice.ts';
import type { TranscriptSlice } from './transcript-slice.ts';

/** The whole UI store; each slice owns one concern. */
export type AppState = SecretsSlice &
  RevealSlice &
  SettingsSlice &
  FilesSlice &
  TranscriptSlice &
  ExchangesSlice &
  PresenterSlice &
  RunsSlice;
