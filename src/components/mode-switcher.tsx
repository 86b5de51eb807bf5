import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';

import { switchTarget, type SwitchTarget } from '../app/boot-mode.ts';
import { switchMode } from '../app/boot-switch.ts';
import { appStore, useAppStore } from '../state/use-app-store.ts';
import { downloadInitKeys } from './download-keys.ts';

/**
 * Lets the learner move between the server's Vault and Nomad and the
 * offline lab. The tab forgets its secrets first, after a confirmation.
 */
export function ModeSwitcher() {
  const modeInfo = useAppStore((state) => state.modeInfo);
  const target = switchTarget(modeInfo);
  const dialog = useRef<HTMLDialogElement>(null);
  if (!target) return null;

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => dialog.current?.showModal()}
      >
        {target.label}
      </button>
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby="switch-mode-title"
      >
        <SwitchConfirm
          target={target}
          onCancel={() => dialog.current?.close()}
        />
      </dialog>
    </>
  );
}

interface SwitchConfirmProps {
  target: SwitchTarget;
  onCancel: () => void;
}

function SwitchConfirm({ target, onCancel }: SwitchConfirmProps) {
  const queryClient = useQueryClient();
  const [isSwitching, setSwitching] = useState(false);
  const secrets = useAppStore((state) => state.secrets);
  const hasInitKeys = Boolean(secrets.unsealKey ?? secrets.rootToken);

  function confirm() {
    if (isSwitching) return;
    setSwitching(true);
    void switchMode(target, {
      queryClient,
      store: appStore,
      storage: sessionStorage,
      reload: () => location.reload(),
    });
  }

  return (
    <>
      <h2 id="switch-mode-title" className="dialog-title">
        {target.label}?
      </h2>
      <p>
        The app reloads and then talks to {target.destination}. This tab forgets
        the unseal key, the tokens and the database credentials it holds, and
        its terminal output: keys you have not downloaded are lost.
      </p>
      {hasInitKeys ? (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => downloadInitKeys(secrets)}
          >
            Download the unseal key and root token
          </button>
        </p>
      ) : null}
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-danger"
          aria-disabled={isSwitching}
          onClick={confirm}
        >
          Forget the keys and switch
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
