import { useEffect } from 'react';

import { useAppStore } from '../state/use-app-store.ts';

/**
 * The init output exists only once: until the learner says they saved
 * it, leaving the page asks for confirmation.
 */
export function useUnsavedKeysWarning(): void {
  const hasInitKeys = useAppStore(
    (state) =>
      state.secrets.unsealKey !== undefined ||
      state.secrets.rootToken !== undefined,
  );
  const hasSaved = useAppStore((state) => state.hasSavedInitKeys);
  const shouldWarn = hasInitKeys && !hasSaved;

  useEffect(() => {
    if (!shouldWarn) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [shouldWarn]);
}
