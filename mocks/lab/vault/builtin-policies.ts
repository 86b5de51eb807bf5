import type { StoredPolicy } from './state.ts';
import { renderPolicy, type PathRule } from './policy-rules.ts';

const selfService: PathRule[] = [
  { path: 'auth/token/lookup-self', capabilities: ['read'] },
  { path: 'auth/token/renew-self', capabilities: ['update'] },
  { path: 'auth/token/revoke-self', capabilities: ['update'] },
  { path: 'sys/capabilities-self', capabilities: ['update'] },
  {
    path: 'identity/entity/id/{{identity.entity.id}}',
    capabilities: ['read'],
  },
  {
    path: 'identity/entity/name/{{identity.entity.name}}',
    capabilities: ['read'],
  },
  { path: 'sys/internal/ui/resultant-acl', capabilities: ['read'] },
  { path: 'sys/renew', capabilities: ['update'] },
  { path: 'sys/leases/renew', capabilities: ['update'] },
  { path: 'sys/leases/lookup', capabilities: ['update'] },
  {
    path: 'cubbyhole/*',
    capabilities: ['create', 'read', 'update', 'delete', 'list'],
  },
  { path: 'sys/wrapping/wrap', capabilities: ['update'] },
  { path: 'sys/wrapping/lookup', capabilities: ['update'] },
  { path: 'sys/wrapping/unwrap', capabilities: ['update'] },
  { path: 'sys/tools/hash', capabilities: ['update'] },
  { path: 'sys/tools/hash/*', capabilities: ['update'] },
  { path: 'sys/control-group/request', capabilities: ['update'] },
  {
    path: 'identity/oidc/provider/+/authorize',
    capabilities: ['read', 'update'],
  },
];

/** The `default` policy every token gets unless told otherwise. */
export function defaultPolicy(): StoredPolicy {
  const comment =
    '# Lets a token look itself up, renew and revoke itself, check its own\n' +
    '# capabilities, use its cubbyhole and response wrapping.';
  return {
    name: 'default',
    text: renderPolicy(comment, selfService),
    paths: selfService,
  };
}

/** Policies that exist without being stored and cannot be changed. */
export const fixedPolicies = new Set([
  'root',
  'response-wrapping',
  'control-group',
]);
