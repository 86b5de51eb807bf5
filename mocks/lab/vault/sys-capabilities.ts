import { capabilitiesOf } from './acl.ts';
import { bodyList, bodyString, type Route, type RouteContext } from './core.ts';
import { VaultError } from './errors.ts';
import { aclFor } from './policy-store.ts';
import type { TokenEntry } from './state.ts';
import { findByAccessor, findToken } from './token-store.ts';

function capabilities(context: RouteContext, token: TokenEntry) {
  const { body } = context.request;
  let paths = bodyList(body, 'paths');
  if (paths.length === 0) paths = bodyList(body, 'path');
  if (paths.length === 0) {
    throw VaultError.badRequest('paths must be supplied');
  }
  const acl = aclFor(context.core, token);
  const data: Record<string, unknown> = {};
  for (const path of paths) {
    data[path] = capabilitiesOf(acl, path.replace(/^\//, ''));
  }
  if (paths.length === 1) data['capabilities'] = data[paths[0] ?? ''];
  return { data };
}

function tokenFromBody(context: RouteContext): TokenEntry {
  const id = bodyString(context.request.body, 'token');
  const token = findToken(context.core, id);
  if (!token) throw VaultError.badRequest('invalid token');
  return token;
}

function tokenFromAccessor(context: RouteContext): TokenEntry {
  const accessor = bodyString(context.request.body, 'accessor');
  const token = findByAccessor(context.core, accessor);
  if (!token) throw VaultError.badRequest('invalid accessor');
  return token;
}

/** `sys/capabilities-self` and friends (contract §6). */
export const capabilityRoutes: Route[] = [
  {
    pattern: 'capabilities-self',
    fields: ['token', 'path', 'paths'],
    handlers: { update: (c) => capabilities(c, c.request.token) },
  },
  {
    pattern: 'capabilities',
    fields: ['token', 'path', 'paths'],
    handlers: { update: (c) => capabilities(c, tokenFromBody(c)) },
  },
  {
    pattern: 'capabilities-accessor',
    fields: ['accessor', 'path', 'paths'],
    handlers: { update: (c) => capabilities(c, tokenFromAccessor(c)) },
  },
];
