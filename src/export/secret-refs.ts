import type { SecretValues } from '../guide/types.ts';

/** Secret value → the shell variable that stands for it in exports. */
export type SecretRefs = ReadonlyMap<string, string>;

/** The variables the exports use, by the secret they hold. */
export const SECRET_VARIABLES = {
  unsealKey: 'UNSEAL_KEY',
  rootToken: 'VAULT_TOKEN',
  serverToken: 'NOMAD_SERVER_TOKEN',
  dbPassword: 'DB_PASSWORD',
} as const satisfies Partial<Record<keyof SecretValues, string>>;

/** Refs for every held credential. */
export function refsFromSecrets(secrets: SecretValues): Map<string, string> {
  const refs = new Map<string, string>();
  for (const [name, variable] of Object.entries(SECRET_VARIABLES)) {
    const value = secrets[name as keyof typeof SECRET_VARIABLES];
    if (value) refs.set(value, variable);
  }
  return refs;
}

/**
 * Replaces each occurrence of a referenced secret in `text`: `replace`
 * gets the variable name and returns the text to put in its place.
 */
export function substituteRefs(
  text: string,
  refs: SecretRefs,
  replace: (variable: string) => string,
): string {
  const ordered = [...refs.entries()]
    .filter(([value]) => value !== '')
    .sort(([a], [b]) => b.length - a.length);
  let result = text;
  for (const [value, variable] of ordered) {
    result = result.split(value).join(replace(variable));
  }
  return result;
}
