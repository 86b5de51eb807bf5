import { md5Hex } from './md5.ts';

// Checks a password against the verifier Postgres keeps in pg_authid, the
// way the server does during password authentication.

const encoder = new TextEncoder();

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

async function hmac(key: ArrayBuffer, text: string): Promise<ArrayBuffer> {
  const subtle = globalThis.crypto.subtle;
  const hmacKey = await subtle.importKey(
    'raw',
    key,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return subtle.sign('HMAC', hmacKey, encoder.encode(text));
}

/** `SCRAM-SHA-256$iterations:salt$StoredKey:ServerKey` (RFC 5802/7677). */
async function verifyScram(verifier: string, password: string) {
  const match = /^SCRAM-SHA-256\$(\d+):([^$]+)\$([^:]+):(.+)$/.exec(verifier);
  if (!match) return false;
  const [, iterations, salt, storedKey] = match;
  const subtle = globalThis.crypto.subtle;
  const passwordKey = await subtle.importKey(
    'raw',
    encoder.encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const salted = await subtle.deriveBits(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: fromBase64(salt ?? ''),
      iterations: Number(iterations),
    },
    passwordKey,
    256,
  );
  const clientKey = await hmac(salted, 'Client Key');
  const computed = new Uint8Array(await subtle.digest('SHA-256', clientKey));
  return sameBytes(computed, fromBase64(storedKey ?? ''));
}

/** True when `password` matches the role's stored verifier. */
export async function verifyPassword(
  verifier: string | null,
  user: string,
  password: string,
): Promise<boolean> {
  if (!verifier || password === '') return false;
  if (verifier.startsWith('SCRAM-SHA-256$')) {
    return verifyScram(verifier, password);
  }
  if (verifier.startsWith('md5')) {
    return verifier === `md5${md5Hex(password + user)}`;
  }
  return false;
}
