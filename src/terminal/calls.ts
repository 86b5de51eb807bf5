import type { Exchange } from '../api/http.ts';

/** A call shown once for a run of identical ones (a job run's polling). */
export interface CallGroup {
  exchange: Exchange;
  /** How many identical calls in a row it stands for. */
  count: number;
}

/** Folds consecutive calls to the same method and path into one. */
export function groupRepeats(exchanges: readonly Exchange[]): CallGroup[] {
  const groups: CallGroup[] = [];
  for (const exchange of exchanges) {
    const last = groups.at(-1);
    const isRepeat =
      last !== undefined &&
      last.exchange.method === exchange.method &&
      last.exchange.path === exchange.path &&
      last.exchange.backend === exchange.backend;
    // The latest answer is the one worth reading (e.g. "running").
    if (isRepeat)
      groups[groups.length - 1] = { exchange, count: last.count + 1 };
    else groups.push({ exchange, count: 1 });
  }
  return groups;
}

export const BACKEND_NAMES: Record<Exchange['backend'], string> = {
  vault: 'Vault',
  nomad: 'Nomad',
  lab: 'Lab control',
  web: 'Web app',
};
