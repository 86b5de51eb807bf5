import {
  bodyBoolean,
  bodyString,
  type Route,
  type RouteContext,
} from './core.ts';
import { parseSeconds } from './durations.ts';
import type { LogicalResponse } from './envelope.ts';
import { VaultError } from './errors.ts';
import { goTime } from './go-time.ts';
import { renewLease } from './lease-renew.ts';
import { revokeInBackground, revokeLease } from './lease-revoke.ts';
import type { Lease } from './state.ts';
import { isAtLeast } from './version.ts';

function leaseId(context: RouteContext): string {
  const id =
    context.params['lease'] ?? bodyString(context.request.body, 'lease_id');
  if (id === '') throw VaultError.badRequest('lease_id must be specified');
  return id;
}

function findLease(context: RouteContext): Lease {
  const lease = context.core.state.leases[leaseId(context)];
  if (!lease) throw VaultError.badRequest('invalid lease');
  return lease;
}

function lookup(context: RouteContext) {
  const lease = findLease(context);
  const ttl = Math.max(0, (lease.expiresAt - context.core.clock()) / 1000);
  return {
    data: {
      id: lease.id,
      issue_time: goTime(lease.issuedAt),
      expire_time: goTime(lease.expiresAt),
      last_renewal:
        lease.lastRenewalAt === null ? null : goTime(lease.lastRenewalAt),
      renewable: true,
      ttl: Math.floor(ttl),
    },
  };
}

function listPrefix({ core, params }: RouteContext) {
  const raw = (params['prefix'] ?? '').replace(/\/$/, '');
  const prefix = raw === '' ? '' : `${raw}/`;
  const keys = new Set<string>();
  for (const id of Object.keys(core.state.leases)) {
    if (!id.startsWith(prefix)) continue;
    const rest = id.slice(prefix.length);
    const slash = rest.indexOf('/');
    keys.add(slash === -1 ? rest : rest.slice(0, slash + 1));
  }
  return keys.size > 0 ? { data: { keys: [...keys].sort() } } : undefined;
}

function renew(context: RouteContext) {
  const lease = context.core.state.leases[leaseId(context)];
  if (!lease) throw VaultError.badRequest('lease not found');
  const increment = parseSeconds(
    context.request.body['increment'],
    'increment',
  );
  return renewLease(context.core, lease, increment);
}

function isSync(context: RouteContext): boolean {
  if (!isAtLeast(context.core.profile, '1.6')) return true;
  return bodyBoolean(context.request.body, 'sync', true);
}

async function revokeAll(
  context: RouteContext,
  leases: Lease[],
): Promise<LogicalResponse | undefined> {
  const { core } = context;
  if (!isSync(context)) {
    for (const lease of leases) await revokeInBackground(core, lease);
    return { status: 202 };
  }
  for (const [index, lease] of leases.entries()) {
    try {
      await revokeLease(core, lease);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw VaultError.badRequest(
        leases.length === 1 && context.params['prefix'] === undefined
          ? reason
          : `failed to revoke "${lease.id}" (${index + 1} / ${leases.length}): ${reason}`,
      );
    }
  }
  return undefined;
}

function revoke(context: RouteContext) {
  const lease = context.core.state.leases[leaseId(context)];
  return revokeAll(context, lease ? [lease] : []);
}

function revokePrefix(context: RouteContext) {
  const prefix = context.params['prefix'] ?? '';
  const leases = Object.values(context.core.state.leases).filter((lease) =>
    lease.id.startsWith(prefix),
  );
  return revokeAll(context, leases);
}

const renewFields = ['lease_id', 'url_lease_id', 'increment'];
const revokeFields = ['lease_id', 'url_lease_id', 'sync'];

/** `sys/leases/*` and the older `sys/renew`, `sys/revoke` (§8.4). */
export const leaseRoutes: Route[] = [
  {
    pattern: 'leases/lookup',
    fields: ['lease_id'],
    handlers: { update: lookup, list: listPrefix },
  },
  { pattern: 'leases/lookup/*prefix', handlers: { list: listPrefix } },
  ...['leases/renew', 'renew'].flatMap((base): Route[] => [
    { pattern: base, fields: renewFields, handlers: { update: renew } },
    {
      pattern: `${base}/*lease`,
      fields: renewFields,
      handlers: { update: renew },
    },
  ]),
  ...['leases/revoke', 'revoke'].flatMap((base): Route[] => [
    { pattern: base, fields: revokeFields, handlers: { update: revoke } },
    {
      pattern: `${base}/*lease`,
      fields: revokeFields,
      handlers: { update: revoke },
    },
  ]),
  ...['leases/revoke-prefix', 'revoke-prefix'].map((base): Route => ({
    pattern: `${base}/*prefix`,
    fields: ['prefix', 'sync'],
    handlers: { update: revokePrefix },
  })),
];
