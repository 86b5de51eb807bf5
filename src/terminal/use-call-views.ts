import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';

import type { Exchange } from '../api/http.ts';
import { refsFromSecrets, type SecretRefs } from '../export/secret-refs.ts';
import {
  hiddenSecretValues,
  shownSecretValues,
} from '../state/presenter-masking.ts';
import { useAppStore } from '../state/use-app-store.ts';
import { hiddenInEntry } from './entry-secrets.ts';
import { maskText } from './mask.ts';
import type { MaskPolicy } from './mask-json.ts';

export interface CallEntry {
  id: number;
  /** The command as the CLI view shows it (masked unless revealed). */
  command: string;
  isError: boolean;
  exchanges: readonly Exchange[];
  policy: MaskPolicy;
}

export interface CallViews {
  entries: CallEntry[];
  /** Held secrets → the variables curl commands name instead. */
  refs: SecretRefs;
}

/** Each transcript entry with its calls and what to mask in them. */
export function useCallViews(): CallViews {
  const transcript = useAppStore((state) => state.transcript);
  const byEntry = useAppStore((state) => state.exchangesByEntry);
  const secrets = useAppStore((state) => state.secrets);
  const hidden = useAppStore(useShallow(hiddenSecretValues));
  const shownValues = useAppStore(useShallow(shownSecretValues));
  return useMemo(() => {
    const shown = new Set(shownValues);
    const entries = transcript.map((entry) => {
      const exchanges = byEntry[entry.id] ?? [];
      const entryHidden = hiddenInEntry(entry, exchanges, hidden, shown);
      return {
        id: entry.id,
        command: maskText(entry.command, entryHidden),
        isError: entry.isError === true,
        exchanges,
        policy: { hidden: entryHidden, shown },
      };
    });
    return { entries, refs: refsFromSecrets(secrets) };
  }, [transcript, byEntry, secrets, hidden, shownValues]);
}
