import { bodyString, type Route, type RouteContext } from './core.ts';
import { parseSeconds } from './durations.ts';
import type { LogicalResponse } from './envelope.ts';
import { VaultError } from './errors.ts';
import type { TokenEntry } from './state.ts';
import { revokeToken } from './token-revoke.ts';
import {
  authBlock,
  findByAccessor,
  findToken,
  lookupData,
} from './token-store.ts';
import { isAtLeast } from './version.ts';

const systemMaxTtl = 2764800;

function tokenFromBody({ core, request }: RouteContext): TokenEntry {
  const id = bodyString(request.body, 'token');
  if (id === '') throw VaultError.badRequest('missing token ID');
  const token = findToken(core, id);
  if (!token) throw new VaultError(403, ['bad token']);
  return token;
}

function tokenFromAccessor({ core, request }: RouteContext): TokenEntry {
  const accessor = bodyString(request.body, 'accessor');
  if (accessor === '') throw VaultError.badRequest('missing accessor');
  const token = findByAccessor(core, accessor);
  if (!token) throw VaultError.badRequest('invalid accessor');
  return token;
}

/** Periodic tokens go back to their period; others extend, capped. */
function renew(context: RouteContext, token: TokenEntry): LogicalResponse {
  const { core, request } = context;
  if (!token.isRenewable || token.expiresAt === null) {
    throw VaultError.badRequest('lease is not renewable');
  }
  const now = core.clock();
  const increment = parseSeconds(request.body['increment'], 'increment');
  const elapsed = Math.floor((now - token.createdAt) / 1000);
  let ttl = token.period > 0 ? token.period : increment || token.creationTtl;
  if (token.period === 0) ttl = Math.min(ttl, systemMaxTtl - elapsed);
  if (token.explicitMaxTtl > 0) {
    ttl = Math.min(ttl, token.explicitMaxTtl - elapsed);
  }
  token.expiresAt = now + Math.max(ttl, 0) * 1000;
  token.lastRenewalAt = now;
  return { auth: authBlock(core, token) };
}

async function revokeByAccessor(context: RouteContext) {
  const { core, request } = context;
  const accessor = bodyString(request.body, 'accessor');
  if (accessor === '') throw VaultError.badRequest('missing accessor');
  const token = findByAccessor(core, accessor);
  if (token) {
    await revokeToken(core, token.id);
    return undefined;
  }
  if (!isAtLeast(core.profile, '1.0')) {
    throw VaultError.badRequest('invalid accessor');
  }
  return { warnings: ['No token found with this accessor'] };
}

async function revokeFromBody(context: RouteContext, keepChildren: boolean) {
  const id = bodyString(context.request.body, 'token');
  if (id === '') throw VaultError.badRequest('need token');
  await revokeToken(context.core, id, keepChildren);
  return undefined;
}

const self = (context: RouteContext) => ({
  data: lookupData(context.core, context.request.token),
});

/** Token lookup, renewal and revocation (contract §2.2, §6). */
export const tokenLookupRoutes: Route[] = [
  { pattern: 'lookup-self', handlers: { read: self, update: self } },
  {
    pattern: 'lookup',
    fields: ['token'],
    handlers: {
      update: (c) => ({ data: lookupData(c.core, tokenFromBody(c)) }),
    },
  },
  {
    pattern: 'lookup-accessor',
    fields: ['accessor'],
    handlers: {
      update: (c) => ({
        data: lookupData(c.core, tokenFromAccessor(c), false),
      }),
    },
  },
  {
    pattern: 'renew-self',
    fields: ['increment', 'token'],
    handlers: { update: (c) => renew(c, c.request.token) },
  },
  {
    pattern: 'renew',
    fields: ['increment', 'token'],
    handlers: {
      update: (c) => {
        const id = bodyString(c.request.body, 'token');
        const token = findToken(c.core, id);
        if (!token) throw VaultError.badRequest('token not found');
        return renew(c, token);
      },
    },
  },
  {
    pattern: 'renew-accessor',
    fields: ['increment', 'accessor'],
    handlers: { update: (c) => renew(c, tokenFromAccessor(c)) },
  },
  {
    pattern: 'revoke-self',
    handlers: {
      update: async (c) => {
        await revokeToken(c.core, c.request.token.id);
        return undefined;
      },
    },
  },
  {
    pattern: 'revoke',
    fields: ['token'],
    handlers: { update: (c) => revokeFromBody(c, false) },
  },
  {
    pattern: 'revoke-orphan',
    fields: ['token'],
    handlers: { update: (c) => revokeFromBody(c, true) },
  },
  {
    pattern: 'revoke-accessor',
    fields: ['accessor'],
    handlers: { update: revokeByAccessor },
  },
  {
    pattern: 'accessors',
    handlers: {
      list: ({ core }) => {
        const keys = Object.values(core.state.tokens).map((t) => t.accessor);
        return keys.length > 0 ? { data: { keys } } : undefined;
      },
    },
  },
];
