import './secret-guard.css';

import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { heldCredentials, isSecretShown } from '../state/presenter-masking.ts';
import { useAppStore } from '../state/use-app-store.ts';
import { maskText } from '../terminal/mask.ts';
import { SECRET_LABELS } from './secret-labels.ts';

interface SecretGuardProps {
  /** The text the children would show, e.g. a file pasted with a token. */
  text: string;
  /** Accessible name of the masked copy. */
  label: string;
  children: ReactNode;
}

/**
 * Shows `children` only when `text` holds no hidden credential; else a
 * masked, read-only copy, with a reveal to edit (none in presenter mode).
 */
export function SecretGuard({ text, label, children }: SecretGuardProps) {
  const inText = useAppStore(
    useShallow((state) =>
      heldCredentials(state.secrets)
        .filter(([name, value]) => {
          return !isSecretShown(state, name) && text.includes(value);
        })
        .map(([name]) => name),
    ),
  );
  const secrets = useAppStore((state) => state.secrets);
  const isPresenting = useAppStore((state) => state.isPresenting);
  const toggleReveal = useAppStore((state) => state.toggleReveal);
  if (inText.length === 0) return children;

  const names = inText.map((name) => SECRET_LABELS[name]).join(' and ');
  return (
    <div className="secret-guard">
      {/* Stands in for the editor: a read-only text box, still focusable. */}
      <div
        className="secret-guard-text"
        role="textbox"
        aria-readonly="true"
        aria-multiline="true"
        aria-label={label}
        tabIndex={0}
      >
        {maskText(
          text,
          inText.map((name) => secrets[name] ?? ''),
        )}
      </div>
      <p className="secret-guard-note">
        This file holds your {names}, so it is shown masked
        {isPresenting ? ' while presenter mode is on.' : '.'}
      </p>
      {isPresenting
        ? null
        : inText.map((name) => (
            <button
              key={name}
              type="button"
              className="button button-quiet"
              onClick={() => toggleReveal(name)}
            >
              Reveal {SECRET_LABELS[name]} to edit
            </button>
          ))}
    </div>
  );
}
