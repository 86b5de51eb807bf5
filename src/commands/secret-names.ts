// How secrets are recognised by name, and what replaces them in history.

/** A replacement of `[start, end)` of a line. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

// Body keys and variable names whose values are secrets.
const SECRET_KEYS = new Set([
  'password',
  'token',
  'client_token',
  'secret_id',
  'key',
  'root_token',
  'private_key',
  'unseal_key',
]);

export function isSecretKey(key: string): boolean {
  const lower = key.toLowerCase();
  return SECRET_KEYS.has(lower) || /_(password|token|secret)$/.test(lower);
}

export function isSecretVariable(name: string): boolean {
  return /TOKEN|PASSWORD|SECRET|_KEY$/i.test(name);
}

export const REDACTED = '****';
