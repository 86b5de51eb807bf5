import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useLocation } from 'wouter';

import { useLabControls } from '../app/lab-controls.ts';
import { appStore } from '../state/use-app-store.ts';

/**
 * Starts the lab over (mock and sandbox only), after a confirmation: Vault
 * uninitialized, no jobs, and the tab forgets its keys and transcript.
 */
export function ResetLabButton() {
  const { reset } = useLabControls();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [isResetting, setResetting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!reset) return null;

  async function confirmReset(resetLab: () => Promise<void>) {
    setResetting(true);
    setFailure(null);
    try {
      await resetLab();
      forgetTabState();
      dialog.current?.close();
      await queryClient.resetQueries();
      navigate('/', { replace: true });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setResetting(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => dialog.current?.showModal()}
      >
        Reset lab
      </button>
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby="reset-lab-title"
      >
        <h2 id="reset-lab-title" className="dialog-title">
          Reset the lab?
        </h2>
        <p>
          Vault goes back to uninitialized, Nomad forgets its jobs and the
          database is emptied. This tab forgets its keys and terminal output.
        </p>
        {failure === null ? null : (
          <p role="alert">The lab could not be reset: {failure}</p>
        )}
        <div className="dialog-actions">
          <button
            type="button"
            className="button button-danger"
            aria-disabled={isResetting}
            onClick={() => {
              if (!isResetting) void confirmReset(reset);
            }}
          >
            Yes, reset the lab
          </button>
          <button
            type="button"
            className="button"
            onClick={() => dialog.current?.close()}
          >
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}

function forgetTabState(): void {
  const state = appStore.getState();
  state.clearSecrets();
  state.clearTranscript();
  state.clearRuns();
}
