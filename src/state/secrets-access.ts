import type { SecretsAccess } from '../guide/types.ts';
import type { AppStore } from './create-app-store.ts';

/** The guide's view of the secrets: read and patch, nothing else. */
export function createSecretsAccess(store: AppStore): SecretsAccess {
  return {
    get: () => store.getState().secrets,
    set: (patch) => store.getState().setSecrets(patch),
  };
}
