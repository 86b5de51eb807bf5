import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { maskText } from '../terminal/mask.ts';
import { maskedSecretValues } from '../state/masked-secrets.ts';
import { useAppStore } from '../state/use-app-store.ts';

/**
 * Masks every credential the tab holds in a piece of text, unless the learner
 * revealed secrets; for commands, details and messages outside the terminal.
 */
export function useMask(): (text: string) => string {
  const secretValues = useAppStore(
    useShallow((state) => maskedSecretValues(state.secrets)),
  );
  const isRevealed = useAppStore((state) => state.isTerminalRevealed);
  return useCallback(
    (text: string) => (isRevealed ? text : maskText(text, secretValues)),
    [secretValues, isRevealed],
  );
}
