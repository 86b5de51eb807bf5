// Vault's ACL policy grammar (vault/policy.go), as far as the editor
// checks it before the policy is written.

export const capabilities = [
  'create',
  'read',
  'update',
  'patch',
  'delete',
  'list',
  'sudo',
  'deny',
  'subscribe',
  'recover',
] as const;

/** The old `policy = "…"` shorthand and what Vault expands it to. */
export const legacyPolicies: Record<string, readonly string[]> = {
  deny: ['deny'],
  read: ['read', 'list'],
  write: ['create', 'read', 'update', 'patch', 'delete', 'list'],
  sudo: ['create', 'read', 'update', 'patch', 'delete', 'list', 'sudo'],
};

export const pathKeys = [
  'capabilities',
  'policy',
  'allowed_parameters',
  'denied_parameters',
  'required_parameters',
  'min_wrapping_ttl',
  'max_wrapping_ttl',
  'mfa_methods',
  'control_group',
  'subscribe_event_types',
  'comment',
] as const;

/** Path keys HCL 1 also lets a policy write as nested blocks. */
export const pathBlockKeys = [
  'allowed_parameters',
  'denied_parameters',
  'control_group',
] as const;

export const topLevelKeys = ['name', 'path'] as const;

export function isCapability(word: string): boolean {
  return (capabilities as readonly string[]).includes(word);
}
