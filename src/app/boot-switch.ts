// Moving this tab to another answerer: nothing learned from the old one
// may follow, so cached answers and held secrets go before the reload.
import type { QueryClient } from '@tanstack/react-query';

import { clearRetryWait } from '../api/retry-wait.ts';
import type { AppStore } from '../state/create-app-store.ts';
import {
  writeModeOverride,
  type OverrideStore,
  type SwitchTarget,
} from './boot-mode.ts';

export interface SwitchDeps {
  queryClient: Pick<QueryClient, 'clear'>;
  store: AppStore;
  storage: OverrideStore | undefined;
  /** Starts the app again; boot then reads the new choice. */
  reload: () => void;
}

/** Forgets this tab's answers and secrets, then boots in `target`'s mode. */
export async function switchMode(
  target: SwitchTarget,
  deps: SwitchDeps,
): Promise<void> {
  deps.queryClient.clear();
  const state = deps.store.getState();
  state.clearSecrets();
  state.clearTranscript();
  state.clearRuns();
  clearRetryWait();
  writeModeOverride(deps.storage, target.override);
  // One task later React has dropped the unsaved-keys warning, so the
  // reload does not ask the learner to confirm a second time.
  await new Promise((resolve) => setTimeout(resolve, 0));
  deps.reload();
}
