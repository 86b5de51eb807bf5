import type { VaultCore } from './core.ts';
import { bodyBoolean, bodyString } from './core.ts';
import { VaultError } from './errors.ts';
import { toHex } from './ids.ts';
import { isAtLeast } from './version.ts';

function decodeShare(text: string): Uint8Array {
  const isHex = /^([0-9a-fA-F]{2})+$/.test(text);
  if (isHex && text.length >= 32 && text.length <= 66) {
    return Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16));
  }
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    throw VaultError.badRequest("'key' must be a valid hex or base64 string");
  }
}

function wrongKey(core: VaultCore): VaultError {
  const { profile } = core;
  if (!isAtLeast(profile, '1.3')) {
    return VaultError.badRequest('Unseal failed, invalid key');
  }
  const message =
    'failed to decrypt encrypted stored keys: ' +
    'cipher: message authentication failed';
  const status = isAtLeast(profile, '1.13') ? 400 : 500;
  return new VaultError(status, [message]);
}

/** `PUT sys/unseal`: collects shares until the threshold is reached. */
export function unseal(core: VaultCore, body: Record<string, unknown>) {
  const { seal } = core.state;
  if (!seal.isInitialized) {
    throw VaultError.badRequest('Vault is not initialized');
  }
  if (bodyBoolean(body, 'reset', false)) {
    if (!seal.isSealed) throw VaultError.badRequest('vault is unsealed');
    Object.assign(seal, { progress: [], nonce: '' });
    return;
  }
  const text = bodyString(body, 'key');
  if (text === '') {
    throw VaultError.badRequest(
      "'key' must be specified in request body as JSON, or 'reset' set to true",
    );
  }
  const share = decodeShare(text);
  if (share.length < 16) {
    throw VaultError.badRequest('key is shorter than minimum 16 bytes');
  }
  if (share.length > 33) {
    throw VaultError.badRequest('key is longer than maximum 33 bytes');
  }
  if (!seal.isSealed) return;
  const hex = toHex(share);
  if (seal.progress.includes(hex)) return;
  seal.progress.push(hex);
  if (seal.nonce === '') seal.nonce = globalThis.crypto.randomUUID();
  if (seal.progress.length < seal.threshold) return;
  const isValid = seal.progress.every((k) => seal.unsealKeys.includes(k));
  Object.assign(seal, { progress: [], nonce: '' });
  if (!isValid) throw wrongKey(core);
  seal.isSealed = false;
}
