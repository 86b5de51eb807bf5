import { QueryClient } from '@tanstack/react-query';

import type { AppStore } from '../state/create-app-store.ts';

/**
 * Checks read real state, so nothing retries on its own: a sealed Vault
 * answers 503 to everything and retries would only multiply that.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 5_000 },
      mutations: { retry: false },
    },
  });
}

/** Cached answers never cross modes: a new answerer starts from nothing. */
export function clearCacheOnModeChange(
  store: AppStore,
  queryClient: QueryClient,
): () => void {
  return store.subscribe((state, previous) => {
    if (state.modeInfo.mode !== previous.modeInfo.mode) queryClient.clear();
  });
}
