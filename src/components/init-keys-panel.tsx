import { useId } from 'react';

import { useAppStore } from '../state/use-app-store.ts';
import { downloadInitKeys } from './download-keys.ts';
import { SecretField } from './secret-field.tsx';

/**
 * Step 1's output: Vault shows the unseal key and root token only once,
 * so the learner saves them before moving on.
 */
export function InitKeysPanel() {
  const secrets = useAppStore((state) => state.secrets);
  const hasSaved = useAppStore((state) => state.hasSavedInitKeys);
  const setInitKeysSaved = useAppStore((state) => state.setInitKeysSaved);
  const checkboxId = useId();
  const { unsealKey, rootToken } = secrets;
  if (unsealKey === undefined && rootToken === undefined) return null;

  return (
    <section className="step-section init-keys" aria-labelledby="init-keys">
      <h3 id="init-keys">Your unseal key and root token</h3>
      <p>
        Vault prints these once and never again. This tab keeps them until you
        close it; save them somewhere safe before you go on.
      </p>
      <dl className="secret-list">
        {unsealKey === undefined ? null : (
          <SecretField name="unsealKey" label="unseal key" value={unsealKey} />
        )}
        {rootToken === undefined ? null : (
          <SecretField name="rootToken" label="root token" value={rootToken} />
        )}
      </dl>
      <div className="init-keys-actions">
        <button
          type="button"
          className="button"
          onClick={() => downloadInitKeys(secrets)}
        >
          Download keys
        </button>
        <div className="checkbox">
          <input
            id={checkboxId}
            type="checkbox"
            checked={hasSaved}
            onChange={(event) => setInitKeysSaved(event.target.checked)}
          />
          <label htmlFor={checkboxId}>I saved them</label>
        </div>
      </div>
      {hasSaved ? null : (
        <p className="init-keys-warning">
          Until you tick “I saved them”, leaving this page asks you to confirm.
        </p>
      )}
    </section>
  );
}
