import {
  bodyBoolean,
  bodyList,
  bodyString,
  type Route,
  type RouteContext,
} from './core.ts';
import { parseSeconds } from './durations.ts';
import { VaultError } from './errors.ts';
import { sanitizePolicies } from './policy-store.ts';
import type { TokenRole } from './state.ts';
import { isAtLeast } from './version.ts';

const tokenTypes = new Set([
  'service',
  'batch',
  'default-service',
  'default-batch',
]);

function emptyRole(name: string): TokenRole {
  return {
    name,
    allowedPolicies: [],
    disallowedPolicies: [],
    allowedPoliciesGlob: [],
    disallowedPoliciesGlob: [],
    allowedEntityAliases: [],
    isOrphan: false,
    isRenewable: true,
    pathSuffix: '',
    period: 0,
    explicitMaxTtl: 0,
    tokenType: 'default-service',
    hasNoDefaultPolicy: false,
    numUses: 0,
  };
}

/** Reads a field by its current name or its deprecated alias. */
function pick(body: Record<string, unknown>, name: string, alias: string) {
  if (name in body) return { key: name, value: body[name] };
  if (alias in body) return { key: alias, value: body[alias] };
  return undefined;
}

function applyFields(role: TokenRole, body: Record<string, unknown>) {
  const lists = [
    ['allowed_policies', 'allowedPolicies'],
    ['disallowed_policies', 'disallowedPolicies'],
    ['allowed_policies_glob', 'allowedPoliciesGlob'],
    ['disallowed_policies_glob', 'disallowedPoliciesGlob'],
  ] as const;
  for (const [field, key] of lists) {
    if (field in body) role[key] = sanitizePolicies(bodyList(body, field));
  }
  if ('allowed_entity_aliases' in body) {
    role.allowedEntityAliases = bodyList(body, 'allowed_entity_aliases');
  }
  role.isOrphan = bodyBoolean(body, 'orphan', role.isOrphan);
  role.isRenewable = bodyBoolean(body, 'renewable', role.isRenewable);
  if ('path_suffix' in body) role.pathSuffix = bodyString(body, 'path_suffix');
  const period = pick(body, 'token_period', 'period');
  if (period) role.period = parseSeconds(period.value, period.key);
  const maxTtl = pick(body, 'token_explicit_max_ttl', 'explicit_max_ttl');
  if (maxTtl) role.explicitMaxTtl = parseSeconds(maxTtl.value, maxTtl.key);
  role.hasNoDefaultPolicy = bodyBoolean(
    body,
    'token_no_default_policy',
    role.hasNoDefaultPolicy,
  );
  if ('token_num_uses' in body) {
    role.numUses = Number(body['token_num_uses']) || 0;
  }
  if ('token_type' in body) {
    const type = bodyString(body, 'token_type');
    role.tokenType = type === 'default' ? 'default-service' : type;
  }
}

function validate(role: TokenRole) {
  if (!tokenTypes.has(role.tokenType)) {
    throw VaultError.badRequest(
      `invalid 'token_type' value "${role.tokenType}"`,
    );
  }
  const isBatch = role.tokenType === 'batch';
  if (isBatch && role.period > 0) {
    throw VaultError.badRequest(
      "'token_type' cannot be 'batch' when role is set to generate periodic tokens",
    );
  }
  if (isBatch && role.isRenewable) {
    throw VaultError.badRequest(
      "'token_type' cannot be 'batch' or 'default_batch' when role is set " +
        'to generate renewable tokens',
    );
  }
}

function writeRole({ core, request, params }: RouteContext): undefined {
  const name = params['name'] ?? '';
  const existing = core.state.tokenRoles[name];
  const role = existing ? structuredClone(existing) : emptyRole(name);
  applyFields(role, request.body);
  validate(role);
  core.state.tokenRoles[name] = role;
  return undefined;
}

/** A role as `GET auth/token/roles/:name` shows it (contract §4). */
export function describeRole(role: TokenRole, isModern: boolean) {
  const data: Record<string, unknown> = {
    allowed_entity_aliases: role.allowedEntityAliases,
    allowed_policies: role.allowedPolicies,
    allowed_policies_glob: role.allowedPoliciesGlob,
    disallowed_policies: role.disallowedPolicies,
    disallowed_policies_glob: role.disallowedPoliciesGlob,
    explicit_max_ttl: role.explicitMaxTtl,
    name: role.name,
    orphan: role.isOrphan,
    path_suffix: role.pathSuffix,
    period: role.period,
    renewable: role.isRenewable,
  };
  if (!isModern) return data;
  Object.assign(data, {
    token_explicit_max_ttl: role.explicitMaxTtl,
    token_no_default_policy: role.hasNoDefaultPolicy,
    token_period: role.period,
    token_type: role.tokenType,
  });
  if (role.numUses > 0) data['token_num_uses'] = role.numUses;
  return data;
}

const roleFields = [
  'role_name',
  'allowed_policies',
  'disallowed_policies',
  'allowed_policies_glob',
  'disallowed_policies_glob',
  'allowed_entity_aliases',
  'orphan',
  'renewable',
  'path_suffix',
  'period',
  'token_period',
  'explicit_max_ttl',
  'token_explicit_max_ttl',
  'token_type',
  'token_no_default_policy',
  'token_num_uses',
  'bound_cidrs',
  'token_bound_cidrs',
];

/** `auth/token/roles` (contract §4). */
export const tokenRoleRoutes: Route[] = [
  {
    pattern: 'roles',
    handlers: {
      list: ({ core }) => {
        const keys = Object.keys(core.state.tokenRoles).sort();
        return keys.length > 0 ? { data: { keys } } : undefined;
      },
    },
  },
  {
    pattern: 'roles/:name',
    fields: roleFields,
    exists: ({ core, params }) =>
      (params['name'] ?? '') in core.state.tokenRoles,
    handlers: {
      read: ({ core, params }) => {
        const role = core.state.tokenRoles[params['name'] ?? ''];
        const isModern = isAtLeast(core.profile, '1.2');
        return role ? { data: describeRole(role, isModern) } : undefined;
      },
      update: writeRole,
      delete: ({ core, params }) => {
        delete core.state.tokenRoles[params['name'] ?? ''];
        return undefined;
      },
    },
  },
];
