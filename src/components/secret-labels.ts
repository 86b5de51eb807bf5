import type { SecretName } from '../state/reveal-slice.ts';

/** How the UI names each held credential, e.g. in "Reveal root token". */
export const SECRET_LABELS: Record<SecretName, string> = {
  unsealKey: 'unseal key',
  rootToken: 'root token',
  serverToken: 'Nomad server token',
  dbUsername: 'database username',
  dbPassword: 'database password',
  dbLeaseId: 'database lease',
};
