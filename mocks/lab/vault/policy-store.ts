import { buildAcl, type Acl } from './acl.ts';
import type { VaultCore } from './core.ts';
import type { PathRule } from './policy-rules.ts';
import type { TokenEntry } from './state.ts';

/** The combined ACL of a token's policies (missing policies add nothing). */
export function aclFor(core: VaultCore, token: TokenEntry): Acl {
  const rules: PathRule[] = [];
  for (const name of token.policies) {
    rules.push(...(core.state.policies[name]?.paths ?? []));
  }
  return buildAcl(token.policies.includes('root'), rules);
}

/** Sorted, de-duplicated, lower-cased policy names (Vault's sanitizing). */
export function sanitizePolicies(names: string[]): string[] {
  const cleaned = names.map((name) => name.trim().toLowerCase());
  return [...new Set(cleaned.filter(Boolean))].sort();
}

export function policyExists(core: VaultCore, name: string): boolean {
  return name === 'root' || name in core.state.policies;
}
