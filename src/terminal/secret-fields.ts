// Which JSON fields of Vault and Nomad bodies hold credentials: unseal
// keys, tokens, accessors, secret IDs and passwords.

/** Field names whose values are credentials, in Vault's and Nomad's JSON. */
export const SECRET_FIELD_NAMES: readonly string[] = [
  'accessor',
  'client_token',
  'key',
  'keys',
  'keys_base64',
  'password',
  'private_key',
  'recovery_keys',
  'recovery_keys_base64',
  'root_token',
  'secret_id',
  'secret_id_accessor',
  'token',
  'token_accessor',
  'unseal_key',
  'unseal_keys_b64',
  'unseal_keys_hex',
  'wrapping_token',
  // Nomad spells its fields in PascalCase.
  'AccessorID',
  'Password',
  'SecretID',
  'Token',
  'VaultToken',
];

const SECRET_FIELDS = new Set(SECRET_FIELD_NAMES);

// Shorter values are flags or empty placeholders, not credentials.
const MIN_SECRET_LENGTH = 6;

/** Whether a JSON field of that name holds a credential. */
export function isSecretField(name: string): boolean {
  return SECRET_FIELDS.has(name);
}

/** Every credential-looking value in a JSON body, found by field name. */
export function secretValuesIn(body: unknown): string[] {
  const found: string[] = [];
  visit(body, false, found);
  return found;
}

function visit(value: unknown, isSecret: boolean, found: string[]): void {
  if (typeof value === 'string') {
    if (isSecret && value.length >= MIN_SECRET_LENGTH) found.push(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) visit(item, isSecret, found);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [name, item] of Object.entries(value)) {
    visit(item, isSecretField(name), found);
  }
}
