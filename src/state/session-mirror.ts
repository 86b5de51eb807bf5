import type { StoreApi } from 'zustand/vanilla';

import type { SecretValues } from '../guide/types.ts';
import { logger } from '../lib/logger.ts';
import type { AppState } from './app-state.ts';

// Only these keys, only in sessionStorage: the init output must survive a
// reload of the tab (it cannot be fetched again), and must die with the tab.
export const SECRETS_KEY = 'nvw.secrets';
export const FILES_KEY = 'nvw.files';

export type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

type Restored = Pick<AppState, 'secrets' | 'hasSavedInitKeys' | 'editedFiles'>;

// A record, so that a secret added to SecretValues must be listed here.
const SECRET_NAMES_RECORD: Record<keyof SecretValues, true> = {
  unsealKey: true,
  rootToken: true,
  serverToken: true,
  dbUsername: true,
  dbPassword: true,
  dbLeaseId: true,
};
const SECRET_NAMES = Object.keys(SECRET_NAMES_RECORD) as (keyof SecretValues)[];

/** Reads what an earlier page of this tab left; ignores anything malformed. */
export function readSession(storage: SessionStore): Restored {
  const saved = parseRecord(safeGet(storage, SECRETS_KEY));
  const files = parseRecord(safeGet(storage, FILES_KEY));
  const secrets: SecretValues = {};
  for (const name of SECRET_NAMES) {
    const value = saved[name];
    if (typeof value === 'string' && value !== '') secrets[name] = value;
  }
  return {
    secrets,
    hasSavedInitKeys: saved['hasSavedInitKeys'] === true,
    editedFiles: stringsOnly(files),
  };
}

/** Keeps sessionStorage in step with the store; returns the unsubscribe. */
export function mirrorToSession(
  store: StoreApi<AppState>,
  storage: SessionStore,
): () => void {
  return store.subscribe((state, previous) => {
    const haveSecretsChanged =
      state.secrets !== previous.secrets ||
      state.hasSavedInitKeys !== previous.hasSavedInitKeys;
    if (haveSecretsChanged) writeSecrets(storage, state);
    if (state.editedFiles !== previous.editedFiles) {
      writeOrRemove(storage, FILES_KEY, state.editedFiles);
    }
  });
}

function writeSecrets(storage: SessionStore, state: AppState): void {
  const isEmpty =
    Object.keys(state.secrets).length === 0 && !state.hasSavedInitKeys;
  const value = { ...state.secrets, hasSavedInitKeys: state.hasSavedInitKeys };
  writeOrRemove(storage, SECRETS_KEY, isEmpty ? {} : value);
}

function writeOrRemove(storage: SessionStore, key: string, value: object) {
  try {
    if (Object.keys(value).length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or disabled storage: keep working from memory, say so once.
    logger.warn('session storage unavailable; state lasts until reload', key);
  }
}

function safeGet(storage: SessionStore, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function parseRecord(raw: string | null): Record<string, unknown> {
  if (raw === null) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    const isRecord =
      typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    return isRecord ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function stringsOnly(record: Record<string, unknown>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string') kept[key] = value;
  }
  return kept;
}
