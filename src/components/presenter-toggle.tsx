import { useAppStore } from '../state/use-app-store.ts';

/**
 * For screen sharing: masks every secret and removes every reveal
 * control until switched off.
 */
export function PresenterToggle() {
  const isPresenting = useAppStore((state) => state.isPresenting);
  const setPresenting = useAppStore((state) => state.setPresenting);
  return (
    <button
      type="button"
      className="button presenter-toggle"
      aria-pressed={isPresenting}
      onClick={() => setPresenting(!isPresenting)}
    >
      Presenter mode
    </button>
  );
}
