import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { hiddenSecretValues } from '../state/presenter-masking.ts';
import { useAppStore } from '../state/use-app-store.ts';
import { maskText } from '../terminal/mask.ts';

/**
 * Masks every held credential the learner has not revealed (all of them
 * in presenter mode); for commands, details and messages off the terminal.
 */
export function useMask(): (text: string) => string {
  const hidden = useAppStore(useShallow(hiddenSecretValues));
  return useCallback((text: string) => maskText(text, hidden), [hidden]);
}
