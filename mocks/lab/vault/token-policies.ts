import type { VaultCore } from './core.ts';
import { VaultError } from './errors.ts';
import { sanitizePolicies } from './policy-store.ts';
import type { TokenEntry, TokenRole } from './state.ts';
import { isAtLeast } from './version.ts';

/** Go's `%q` of a string slice: `["a" "b"]`. */
function goQuoted(list: string[]): string {
  return `[${list.map((item) => JSON.stringify(item)).join(' ')}]`;
}

function isSubset(allowed: string[], wanted: string[]): boolean {
  return wanted.every((policy) => allowed.includes(policy));
}

export interface PolicyChoice {
  core: VaultCore;
  parent: TokenEntry;
  role: TokenRole | undefined;
  requested: string[];
  isSudo: boolean;
  noDefaultPolicy: boolean;
}

/**
 * The policies a new token gets (token_store.go's rules, contract §5.1):
 * a role's allowed list trumps the parent's; otherwise a caller without
 * sudo may only hand out policies it holds itself.
 */
export function choosePolicies(choice: PolicyChoice): string[] {
  const { parent, role, isSudo, core } = choice;
  const parentPolicies = sanitizePolicies(parent.policies);
  let policies = sanitizePolicies(choice.requested);
  const hasAllowed = role && role.allowedPolicies.length > 0;
  const hasDisallowed = role && role.disallowedPolicies.length > 0;
  if (role && hasAllowed) {
    const allowed = role.allowedPolicies;
    if (policies.length === 0) {
      policies = allowed;
    } else if (
      !isSubset(
        allowed,
        policies.filter((p) => p !== 'default'),
      )
    ) {
      throw VaultError.badRequest(
        `token policies (${goQuoted(policies)}) must be subset of the ` +
          `role's allowed policies (${goQuoted(allowed)}) or glob ` +
          `policies (${goQuoted(role.allowedPoliciesGlob)})`,
      );
    }
  } else if (hasDisallowed || policies.length === 0) {
    if (policies.length === 0) policies = parentPolicies;
  } else if (!isSudo && !isSubset(parentPolicies, policies)) {
    throw VaultError.badRequest('child policies must be subset of parent');
  }
  const mayAddDefault =
    isSudo || role !== undefined || parentPolicies.includes('default');
  const addDefault =
    !choice.noDefaultPolicy &&
    !role?.hasNoDefaultPolicy &&
    !policies.includes('root') &&
    mayAddDefault;
  if (addDefault) policies = sanitizePolicies([...policies, 'default']);
  for (const policy of policies) {
    if (!role?.disallowedPolicies.includes(policy)) continue;
    throw VaultError.badRequest(
      isAtLeast(core.profile, '1.0')
        ? `token policy "${policy}" is disallowed by this role`
        : `token policy (${policy}) is disallowed by this role`,
    );
  }
  if (policies.includes('root') && !parentPolicies.includes('root')) {
    throw VaultError.badRequest(
      'root tokens may not be created without parent token being root',
    );
  }
  if (policies.includes('response-wrapping')) {
    throw VaultError.badRequest('cannot assign policy "response-wrapping"');
  }
  return policies;
}

/** One warning per policy that does not exist (the token is still made). */
export function missingPolicyWarnings(core: VaultCore, policies: string[]) {
  return policies
    .filter((p) => p !== 'root' && !(p in core.state.policies))
    .map((p) => `Policy "${p}" does not exist`);
}
