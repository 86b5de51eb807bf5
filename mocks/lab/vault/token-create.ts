import { matchRule } from './acl.ts';
import {
  bodyBoolean,
  bodyList,
  bodyString,
  type Route,
  type RouteContext,
} from './core.ts';
import { VaultError } from './errors.ts';
import { aclFor } from './policy-store.ts';
import type { TokenEntry, TokenRole } from './state.ts';
import {
  checkCustomId,
  displayName,
  lifetime,
  metadata,
  periodOf,
  requireSudo,
} from './token-settings.ts';
import { choosePolicies, missingPolicyWarnings } from './token-policies.ts';
import { authBlock, newAccessor, newTokenId } from './token-store.ts';

type CreateMode = 'create' | 'orphan' | 'role';

function tokenPath(mode: CreateMode, role: TokenRole | undefined) {
  if (mode === 'orphan') return 'auth/token/create-orphan';
  if (!role) return 'auth/token/create';
  const suffix = role.pathSuffix ? `/${role.pathSuffix}` : '';
  return `auth/token/create/${role.name}${suffix}`;
}

function findRole(context: RouteContext): TokenRole | undefined {
  const name =
    context.params['role'] ?? bodyString(context.request.body, 'role_name');
  if (name === '') return undefined;
  const role = context.core.state.tokenRoles[name];
  if (!role) throw VaultError.badRequest(`unknown role ${name}`);
  return role;
}

/** The three token-create endpoints (contract §5.1). */
function createToken(context: RouteContext, mode: CreateMode) {
  const { core, request } = context;
  const { body, token: parent } = request;
  const rule = matchRule(aclFor(core, parent), request.path);
  const isSudo = parent.policies.includes('root') || Boolean(rule?.has('sudo'));
  const role = mode === 'orphan' ? undefined : findRole(context);
  const warnings: string[] = [];
  const id = bodyString(body, 'id');
  checkCustomId(id, isSudo);
  if (!role && bodyString(body, 'entity_alias') !== '') {
    throw VaultError.badRequest(
      "'entity_alias' is only allowed in combination with token role",
    );
  }
  const numUses = Number(body['num_uses'] ?? 0) || 0;
  if (numUses < 0) {
    throw VaultError.badRequest('number of uses cannot be negative');
  }
  const policies = choosePolicies({
    core,
    parent,
    role,
    requested: bodyList(body, 'policies'),
    isSudo,
    noDefaultPolicy: bodyBoolean(body, 'no_default_policy', false),
  });
  let isOrphan = mode === 'orphan' || Boolean(role?.isOrphan);
  if (!role && mode === 'create' && bodyBoolean(body, 'no_parent', false)) {
    requireSudo(isSudo, 'create orphan token');
    isOrphan = true;
  }
  const period = periodOf(body, role, isSudo, warnings);
  const { lease, explicitMaxTtl } = lifetime(body, role, period, policies);
  const now = core.clock();
  const entry: TokenEntry = {
    id: id || newTokenId(core, false),
    accessor: newAccessor(core),
    policies,
    displayName: displayName(body),
    meta: metadata(body),
    numUses,
    path: tokenPath(mode, role),
    createdAt: now,
    creationTtl: lease,
    explicitMaxTtl,
    period,
    isRenewable:
      bodyBoolean(body, 'renewable', true) && (role?.isRenewable ?? true),
    expiresAt: lease > 0 ? now + lease * 1000 : null,
  };
  if (!isOrphan) entry.parent = parent.id;
  if (role) entry.role = role.name;
  core.state.tokens[entry.id] = entry;
  warnings.push(...missingPolicyWarnings(core, policies));
  return { auth: authBlock(core, entry), warnings };
}

const createFields = [
  'id',
  'role_name',
  'policies',
  'meta',
  'metadata',
  'no_parent',
  'no_default_policy',
  'renewable',
  'ttl',
  'type',
  'explicit_max_ttl',
  'display_name',
  'num_uses',
  'period',
  'entity_alias',
  'lease',
  'format',
];

export const tokenCreateRoutes: Route[] = [
  {
    pattern: 'create',
    fields: createFields,
    handlers: { update: (c) => createToken(c, 'create') },
  },
  {
    pattern: 'create-orphan',
    fields: createFields,
    handlers: { update: (c) => createToken(c, 'orphan') },
  },
  {
    pattern: 'create/:role',
    fields: createFields,
    handlers: { update: (c) => createToken(c, 'role') },
  },
];
