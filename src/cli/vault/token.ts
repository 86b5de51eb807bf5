// `vault token create …` output (contract §5.1).
import { formatSecret, type SecretOutputOptions } from './secret.ts';
import type { VaultSecret } from './types.ts';

/** The token table: token, accessor, duration (`∞` if 0), policies. */
export function formatTokenCreate(
  answer: VaultSecret,
  options: SecretOutputOptions = {},
): string {
  return formatSecret(answer, options);
}
