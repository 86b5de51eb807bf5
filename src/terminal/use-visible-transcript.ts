import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';

import {
  hiddenSecretValues,
  shownSecretValues,
} from '../state/presenter-masking.ts';
import { useAppStore } from '../state/use-app-store.ts';
import { hiddenInEntry } from './entry-secrets.ts';
import { toVisibleEntry, type VisibleEntry } from './mask.ts';

/** The transcript as the learner may see it right now (masked or not). */
export function useVisibleTranscript(): VisibleEntry[] {
  const transcript = useAppStore((state) => state.transcript);
  const exchanges = useAppStore((state) => state.exchangesByEntry);
  const hidden = useAppStore(useShallow(hiddenSecretValues));
  const shown = useAppStore(useShallow(shownSecretValues));
  return useMemo(() => {
    const shownSet = new Set(shown);
    return transcript.map((entry) =>
      toVisibleEntry(
        entry,
        hiddenInEntry(entry, exchanges[entry.id], hidden, shownSet),
      ),
    );
  }, [transcript, exchanges, hidden, shown]);
}
