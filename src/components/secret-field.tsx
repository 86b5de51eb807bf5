import { isSecretShown } from '../state/presenter-masking.ts';
import type { SecretName } from '../state/reveal-slice.ts';
import { useAppStore } from '../state/use-app-store.ts';
import { maskSecret } from '../terminal/mask.ts';

interface SecretFieldProps {
  name: SecretName;
  /** Words for the label and the button, e.g. "unseal key". */
  label: string;
  value: string;
}

/**
 * A secret shown masked, with a button that reveals it everywhere on
 * request; presenter mode removes the button.
 */
export function SecretField({ name, label, value }: SecretFieldProps) {
  const isShown = useAppStore((state) => isSecretShown(state, name));
  const isPresenting = useAppStore((state) => state.isPresenting);
  const toggleReveal = useAppStore((state) => state.toggleReveal);

  return (
    <div className="secret-field">
      <dt className="secret-label">{capitalize(label)}</dt>
      <dd className="secret-value">
        <code>{isShown ? value : maskSecret(value)}</code>
        {isPresenting ? null : (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => toggleReveal(name)}
          >
            {isShown ? 'Hide' : 'Reveal'} {label}
          </button>
        )}
      </dd>
    </div>
  );
}

function capitalize(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
