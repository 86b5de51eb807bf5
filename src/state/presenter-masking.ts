import type { SecretValues } from '../guide/types.ts';
import type { AppState } from './app-state.ts';
import { maskedSecretValues } from './masked-secrets.ts';
import type { SecretName } from './reveal-slice.ts';

type Visibility = Pick<AppState, 'secrets' | 'revealed' | 'isPresenting'>;

/** Whether a held secret shows in clear: revealed, and not presenting. */
export function isSecretShown(state: Visibility, name: SecretName): boolean {
  return !state.isPresenting && state.revealed[name] === true;
}

/** Held credentials that must be masked right now. */
export function hiddenSecretValues(state: Visibility): string[] {
  return heldCredentials(state.secrets)
    .filter(([name]) => !isSecretShown(state, name))
    .map(([, value]) => value);
}

/** Held credentials the learner chose to see (none while presenting). */
export function shownSecretValues(state: Visibility): string[] {
  return heldCredentials(state.secrets)
    .filter(([name]) => isSecretShown(state, name))
    .map(([, value]) => value);
}

/** The held values that are credentials, with their names. */
export function heldCredentials(secrets: SecretValues): [SecretName, string][] {
  return (Object.entries(secrets) as [SecretName, string | undefined][])
    .filter((pair): pair is [SecretName, string] => {
      const [name, value] = pair;
      if (value === undefined) return false;
      return maskedSecretValues({ [name]: value }).length > 0;
    })
    .map(([name, value]) => [name, value]);
}
