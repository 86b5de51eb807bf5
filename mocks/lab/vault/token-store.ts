import type { VaultCore } from './core.ts';
import { goTime, unixSeconds } from './go-time.ts';
import { randomBase62, randomBytes, toBase64Url, uuid } from './ids.ts';
import type { TokenEntry } from './state.ts';
import { isAtLeast } from './version.ts';

/** A token id in the emulated version's format (contract §5.2). */
export function newTokenId(core: VaultCore, isRoot: boolean): string {
  const { profile } = core;
  if (!isAtLeast(profile, '1.0')) return uuid();
  if (!isAtLeast(profile, '1.10')) return `s.${randomBase62(24)}`;
  if (isRoot) return `hvs.${randomBase62(24)}`;
  // Server-side consistent tokens: a signed protobuf, base64url-encoded.
  return `hvs.CAES${toBase64Url(randomBytes(65))}`;
}

export function newAccessor(core: VaultCore): string {
  return isAtLeast(core.profile, '1.0') ? randomBase62(24) : uuid();
}

function isExpired(core: VaultCore, token: TokenEntry): boolean {
  return token.expiresAt !== null && token.expiresAt <= core.clock();
}

/** A live token by id; expired ones no longer authenticate. */
export function findToken(core: VaultCore, id: string): TokenEntry | undefined {
  const token = core.state.tokens[id];
  return token && !isExpired(core, token) ? token : undefined;
}

export function findByAccessor(
  core: VaultCore,
  accessor: string,
): TokenEntry | undefined {
  const token = Object.values(core.state.tokens).find(
    (entry) => entry.accessor === accessor,
  );
  return token && !isExpired(core, token) ? token : undefined;
}

/** Seconds left; 0 for tokens that never expire. */
export function remainingTtl(core: VaultCore, token: TokenEntry): number {
  if (token.expiresAt === null) return 0;
  return Math.max(0, Math.floor((token.expiresAt - core.clock()) / 1000));
}

function grantedTtl(core: VaultCore, token: TokenEntry): number {
  if (token.expiresAt === null) return 0;
  return Math.max(0, Math.round((token.expiresAt - core.clock()) / 1000));
}

function sortedKeys(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** `data` of lookup-self, lookup and lookup-accessor. */
export function lookupData(
  core: VaultCore,
  token: TokenEntry,
  showId = true,
): Record<string, unknown> {
  const data: Record<string, unknown> = {
    accessor: token.accessor,
    creation_time: unixSeconds(token.createdAt),
    creation_ttl: token.creationTtl,
    display_name: token.displayName,
    entity_id: '',
    expire_time: token.expiresAt === null ? null : goTime(token.expiresAt),
    explicit_max_ttl: token.explicitMaxTtl,
    id: showId ? token.id : '',
    meta: token.meta,
    num_uses: token.numUses,
    orphan: token.parent === undefined,
    path: token.path,
    policies: token.policies,
    ttl: remainingTtl(core, token),
    type: 'service',
  };
  if (token.expiresAt !== null) {
    data['issue_time'] = goTime(token.createdAt);
    data['renewable'] = token.isRenewable;
  }
  if (token.lastRenewalAt !== undefined) {
    data['last_renewal'] = goTime(token.lastRenewalAt);
    data['last_renewal_time'] = unixSeconds(token.lastRenewalAt);
  }
  if (token.period > 0) data['period'] = token.period;
  if (token.role !== undefined) data['role'] = token.role;
  return sortedKeys(data);
}

/** The `auth` block of token create and renew answers. */
export function authBlock(
  core: VaultCore,
  token: TokenEntry,
): Record<string, unknown> {
  const auth: Record<string, unknown> = {
    client_token: token.id,
    accessor: token.accessor,
    policies: token.policies,
    token_policies: token.policies,
    metadata: token.meta,
    // Create and renew report the TTL just granted, whole seconds.
    lease_duration: grantedTtl(core, token),
    renewable: token.isRenewable,
    entity_id: '',
    token_type: 'service',
    orphan: token.parent === undefined,
  };
  if (isAtLeast(core.profile, '1.10')) {
    auth['mfa_requirement'] = null;
    auth['num_uses'] = token.numUses;
  }
  return auth;
}

/** The root token `sys/init` hands out. */
export function createRootToken(core: VaultCore): TokenEntry {
  const token: TokenEntry = {
    id: newTokenId(core, true),
    accessor: newAccessor(core),
    policies: ['root'],
    displayName: 'root',
    meta: null,
    numUses: 0,
    path: 'auth/token/root',
    createdAt: core.clock(),
    creationTtl: 0,
    explicitMaxTtl: 0,
    period: 0,
    isRenewable: false,
    expiresAt: null,
  };
  core.state.tokens[token.id] = token;
  return token;
}
