import { fixedPolicies } from './builtin-policies.ts';
import { bodyString, type Route, type RouteContext } from './core.ts';
import type { LogicalResponse } from './envelope.ts';
import { VaultError } from './errors.ts';
import { parsePolicy } from './policy-parse.ts';

function decodeBase64(text: string): string {
  const isBase64 = /^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.length % 4 === 0;
  if (!isBase64) return text;
  try {
    const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

function writePolicy(
  { core, request, params }: RouteContext,
  isLegacy: boolean,
): LogicalResponse | undefined {
  const name = (params['name'] ?? '').toLowerCase();
  let text = bodyString(request.body, 'policy');
  const warnings: string[] = [];
  if (text === '' && isLegacy && 'rules' in request.body) {
    text = bodyString(request.body, 'rules');
    warnings.push("'rules' is deprecated, please use 'policy' instead");
  }
  if (text === '') {
    throw VaultError.badRequest("'policy' parameter not supplied or empty");
  }
  text = decodeBase64(text);
  const parsed = parsePolicy(text, core.profile);
  if ('error' in parsed) throw VaultError.badRequest(parsed.error);
  if (fixedPolicies.has(name)) {
    throw VaultError.badRequest(`cannot update "${name}" policy`);
  }
  core.state.policies[name] = { name, text, paths: parsed.paths };
  if (name !== params['name']) {
    warnings.push(`policy name was converted to ${name}`);
  }
  return warnings.length > 0 ? { warnings } : undefined;
}

function readPolicy({ core, params }: RouteContext, textKey: string) {
  const name = (params['name'] ?? '').toLowerCase();
  const text = name === 'root' ? '' : core.state.policies[name]?.text;
  if (text === undefined) return undefined;
  return { data: { name, [textKey]: text } };
}

function deletePolicy({ core, params }: RouteContext): undefined {
  const name = (params['name'] ?? '').toLowerCase();
  if (name === 'root') {
    throw VaultError.badRequest('cannot delete "root" policy');
  }
  if (name === 'default') {
    throw VaultError.badRequest('cannot delete default policy');
  }
  delete core.state.policies[name];
  return undefined;
}

function policyNames({ core }: RouteContext): string[] {
  return [...Object.keys(core.state.policies), 'root'].sort();
}

/** `sys/policies/acl/*` and the legacy `sys/policy/*` (contract §3.1). */
export const policyRoutes: Route[] = [
  {
    pattern: 'policies/acl',
    handlers: { list: (c) => ({ data: { keys: policyNames(c) } }) },
  },
  {
    pattern: 'policies/acl/:name',
    fields: ['name', 'policy'],
    handlers: {
      read: (c) => readPolicy(c, 'policy'),
      update: (c) => writePolicy(c, false),
      delete: deletePolicy,
    },
  },
  {
    pattern: 'policy',
    handlers: {
      read: (c) => ({
        data: { keys: policyNames(c), policies: policyNames(c) },
      }),
      list: (c) => ({
        data: { keys: policyNames(c), policies: policyNames(c) },
      }),
    },
  },
  {
    pattern: 'policy/:name',
    fields: ['name', 'policy', 'rules'],
    handlers: {
      read: (c) => readPolicy(c, 'rules'),
      update: (c) => writePolicy(c, true),
      delete: deletePolicy,
    },
  },
];
