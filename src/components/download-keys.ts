import type { SecretValues } from '../guide/types.ts';

/** The init output as a small text file, laid out as `vault operator init`. */
export function initKeysText(secrets: SecretValues): string {
  return [
    `Unseal Key 1: ${secrets.unsealKey ?? ''}`,
    '',
    `Initial Root Token: ${secrets.rootToken ?? ''}`,
    '',
  ].join('\n');
}

/** Saves the init output; the Blob exists only for this click. */
export function downloadInitKeys(secrets: SecretValues): void {
  const blob = new Blob([initKeysText(secrets)], { type: 'text/plain' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = 'vault-init-keys.txt';
  anchor.click();
  // Revoke after the click has been handled, so the download can start.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
