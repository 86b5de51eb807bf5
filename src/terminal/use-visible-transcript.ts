import { useMemo } from 'react';

import { maskedSecretValues } from '../state/masked-secrets.ts';
import { useAppStore } from '../state/use-app-store.ts';
import { toVisibleEntry, type VisibleEntry } from './mask.ts';

/** The transcript as the learner may see it right now (masked or not). */
export function useVisibleTranscript(): VisibleEntry[] {
  const transcript = useAppStore((state) => state.transcript);
  const secrets = useAppStore((state) => state.secrets);
  const isRevealed = useAppStore((state) => state.isTerminalRevealed);
  return useMemo(() => {
    const known = maskedSecretValues(secrets);
    return transcript.map((entry) => toVisibleEntry(entry, known, isRevealed));
  }, [transcript, secrets, isRevealed]);
}
