import { useEffect } from 'react';

import { configureHttp } from '../api/http.ts';
import { appStore } from '../state/use-app-store.ts';

/**
 * Hands every HTTP call to the store, which keeps those of a running
 * action for the curl and HTTP views. The bodies stay in memory only.
 */
export function useRecordExchanges(): void {
  useEffect(() => {
    configureHttp({
      onExchange: (exchange) => appStore.getState().recordExchange(exchange),
    });
    return () => configureHttp({});
  }, []);
}
