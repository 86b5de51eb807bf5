// `vault login TOKEN` output (contract §2.1): the token method only looks
// the token up, then shows the lookup as if it were an auth response.
import { wrapParagraph } from '../shared/wrap.ts';
import { formatSecret } from './secret.ts';
import type { VaultFormat, VaultSecret, VaultSecretAuth } from './types.ts';
import { vaultLineLength } from './warnings.ts';

const loginSuccess =
  'Success! You are now authenticated. The token information displayed ' +
  'below is already stored in the token helper. You do NOT need to run ' +
  '"vault login" again. Future Vault requests will automatically use ' +
  'this token.';

/**
 * The success paragraph, a blank line and the token table, from the
 * answer of GET auth/token/lookup-self (or an auth method's `auth`).
 */
export function formatLogin(
  answer: VaultSecret,
  options: { format?: VaultFormat | undefined } = {},
): string {
  const secret: VaultSecret = { auth: answer.auth ?? authFromLookup(answer) };
  if (options.format === 'json') return formatSecret(secret, options);
  const intro = wrapParagraph(loginSuccess, vaultLineLength);
  return `${intro}\n\n${formatSecret(secret)}`;
}

/** Mirrors the lookup `data` into an `auth` block as the CLI does. */
export function authFromLookup(lookup: VaultSecret): VaultSecretAuth {
  const data = (lookup.data ?? {}) as Record<string, unknown>;
  const tokenPolicies = stringList(data['policies']);
  const identityPolicies = stringList(data['identity_policies']);
  const ttl = data['ttl'];
  return {
    client_token: stringOf(data['id']),
    accessor: stringOf(data['accessor']),
    token_policies: tokenPolicies,
    identity_policies: identityPolicies,
    policies: [...(tokenPolicies ?? []), ...(identityPolicies ?? [])],
    metadata: stringMap(data['meta']),
    lease_duration: typeof ttl === 'number' ? ttl : 0,
    renewable: data['renewable'] === true,
  };
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter((item): item is string => typeof item === 'string');
}

function stringMap(value: unknown): Record<string, string> | null {
  if (value === null || typeof value !== 'object') return null;
  const entries = Object.entries(value as Record<string, unknown>);
  return Object.fromEntries(
    entries.filter((entry): entry is [string, string] => {
      return typeof entry[1] === 'string';
    }),
  );
}
