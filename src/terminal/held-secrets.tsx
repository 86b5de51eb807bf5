import { useShallow } from 'zustand/react/shallow';

import { SecretField } from '../components/secret-field.tsx';
import { SECRET_LABELS } from '../components/secret-labels.ts';
import { heldCredentials } from '../state/presenter-masking.ts';
import { useAppStore } from '../state/use-app-store.ts';

/** The credentials this tab holds, masked, each with its own reveal. */
export function HeldSecrets() {
  const held = useAppStore(
    useShallow((state) => heldCredentials(state.secrets).map(([name]) => name)),
  );
  const secrets = useAppStore((state) => state.secrets);
  if (held.length === 0) return null;

  return (
    <details className="held-secrets">
      <summary>Secrets in this tab ({held.length})</summary>
      <dl className="secret-list">
        {held.map((name) => (
          <SecretField
            key={name}
            name={name}
            label={SECRET_LABELS[name]}
            value={secrets[name] ?? ''}
          />
        ))}
      </dl>
    </details>
  );
}
