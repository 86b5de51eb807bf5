// `vault operator init` output (contract §1.2).
import { goJson } from '../shared/go-json.ts';
import { wrapParagraph } from '../shared/wrap.ts';
import type { VaultFormat, VaultInitResponse } from './types.ts';
import { vaultLineLength } from './warnings.ts';

export interface InitOutputOptions {
  /** `-key-shares` as sent; defaults to the number of keys returned. */
  keyShares?: number | undefined;
  /** `-key-threshold` as sent; defaults to the key shares. */
  keyThreshold?: number | undefined;
  format?: VaultFormat | undefined;
}

/** Unseal keys (base64), the root token and the closing advice. */
export function formatInit(
  response: VaultInitResponse,
  options: InitOutputOptions = {},
): string {
  const shares = options.keyShares ?? response.keys.length;
  const threshold = options.keyThreshold ?? shares;
  if (options.format === 'json') {
    return formatInitJson(response, shares, threshold);
  }
  const lines = response.keys_base64.map(
    (key, index) => `Unseal Key ${index + 1}: ${key}`,
  );
  lines.push('', `Initial Root Token: ${response.root_token}`);
  if (response.keys.length > 0) {
    lines.push('', ...initAdvice(shares, threshold));
  }
  return lines.join('\n');
}

function initAdvice(shares: number, threshold: number): string[] {
  const paragraphs = [
    `Vault initialized with ${shares} key shares and a key threshold of ` +
      `${threshold}. Please securely distribute the key shares printed ` +
      'above. When the Vault is re-sealed, restarted, or stopped, you ' +
      `must supply at least ${threshold} of these keys to unseal it ` +
      'before it can start servicing requests.',
    `Vault does not store the generated root key. Without at least ` +
      `${threshold} keys to reconstruct the root key, Vault will remain ` +
      'permanently sealed!',
    'It is possible to generate new unseal keys, provided you have a ' +
      'quorum of existing unseal keys shares. See "vault operator rekey" ' +
      'for more information.',
  ];
  return paragraphs
    .map((text) => wrapParagraph(text, vaultLineLength))
    .join('\n\n')
    .split('\n');
}

function formatInitJson(
  response: VaultInitResponse,
  shares: number,
  threshold: number,
): string {
  return goJson({
    unseal_keys_b64: response.keys_base64,
    unseal_keys_hex: response.keys,
    unseal_shares: shares,
    unseal_threshold: threshold,
    recovery_keys_b64: response.recovery_keys_base64 ?? [],
    recovery_keys_hex: response.recovery_keys ?? [],
    recovery_keys_shares: 0,
    recovery_keys_threshold: 0,
    root_token: response.root_token,
  });
}

/** `vault operator init -status` (exit 0 when initialized, else 2). */
export function formatInitStatus(isInitialized: boolean): string {
  return isInitialized ? 'Vault is initialized' : 'Vault is not initialized';
}
