import type { SecretValues } from '../guide/types.ts';

// Credentials hide by default; the database username and the lease id only
// name things, and the learner needs to read them (e.g. `username v-…`).
const MASKED: Record<keyof SecretValues, boolean> = {
  unsealKey: true,
  rootToken: true,
  serverToken: true,
  dbPassword: true,
  dbUsername: false,
  dbLeaseId: false,
};

/** The held values that must never show unless the learner reveals them. */
export function maskedSecretValues(secrets: SecretValues): string[] {
  return Object.entries(secrets)
    .filter(([name]) => MASKED[name as keyof SecretValues])
    .map(([, value]) => value)
    .filter((value): value is string => typeof value === 'string');
}
