import type { VersionProfile } from '../types.ts';
import { isAtLeast } from './version.ts';

export type Capability =
  | 'create'
  | 'read'
  | 'update'
  | 'patch'
  | 'delete'
  | 'list'
  | 'sudo'
  | 'deny'
  | 'subscribe'
  | 'recover';

/** One `path "..." { capabilities = [...] }` stanza of an ACL policy. */
export interface PathRule {
  path: string;
  capabilities: Capability[];
}

/** Capabilities the emulated version knows (patch 1.9, subscribe 1.16). */
export function knownCapabilities(profile: VersionProfile): Set<string> {
  const known = ['create', 'read', 'update', 'delete', 'list', 'sudo', 'deny'];
  if (isAtLeast(profile, '1.9')) known.push('patch');
  if (isAtLeast(profile, '1.16')) known.push('subscribe');
  if (isAtLeast(profile, '1.20')) known.push('recover');
  return new Set(known);
}

/** What the pre-0.9 `policy = "..."` shorthand expands to. */
export function legacyCapabilities(
  policy: string,
  profile: VersionProfile,
): Capability[] | undefined {
  const write: Capability[] = ['create', 'read', 'update', 'delete', 'list'];
  if (isAtLeast(profile, '1.9')) write.push('patch');
  switch (policy) {
    case 'deny':
      return ['deny'];
    case 'read':
      return ['read', 'list'];
    case 'write':
      return write;
    case 'sudo':
      return [...write, 'sudo'];
    default:
      return undefined;
  }
}

/** Renders rules as policy HCL (used for the built-in policies). */
export function renderPolicy(comment: string, rules: PathRule[]): string {
  const stanzas = rules.map((rule) => {
    const list = rule.capabilities.map((c) => `"${c}"`).join(', ');
    return `path "${rule.path}" {\n    capabilities = [${list}]\n}`;
  });
  return `${comment}\n\n${stanzas.join('\n\n')}\n`;
}
