import { isAllowed } from './acl.ts';
import { backendFor } from './backends.ts';
import type {
  LogicalRequest,
  Operation,
  Route,
  RouteContext,
  VaultCore,
} from './core.ts';
import {
  empty,
  envelope,
  errorResponse,
  json,
  type LogicalResponse,
} from './envelope.ts';
import { invalidToken, VaultError } from './errors.ts';
import { findMount } from './mount-table.ts';
import { aclFor } from './policy-store.ts';
import { apiPath, clientToken, operationOf, readBody } from './request.ts';
import { isRootProtected, matchRoute } from './route-match.ts';
import { handleRaw, isRawPath } from './sys-raw.ts';
import { findToken } from './token-store.ts';
import type { TokenEntry } from './state.ts';
import { isAtLeast } from './version.ts';

function noHandler(core: VaultCore, path: string): VaultError {
  const message = isAtLeast(core.profile, '1.10')
    ? `no handler for route "${path}". route entry not found.`
    : `no handler for route '${path}'`;
  return new VaultError(404, [message]);
}

function unknownFieldWarning(route: Route, body: Record<string, unknown>) {
  const known = new Set(route.fields ?? []);
  const unknown = Object.keys(body)
    .filter((key) => !known.has(key))
    .sort();
  if (!route.fields || unknown.length === 0) return [];
  return [
    `Endpoint ignored these unrecognized parameters: [${unknown.join(' ')}]`,
  ];
}

function authenticate(core: VaultCore, request: Request): TokenEntry {
  const id = clientToken(request);
  if (id === '') throw VaultError.noToken();
  const token = findToken(core, id);
  if (!token) throw invalidToken(core.profile);
  return token;
}

function checkAcl(
  core: VaultCore,
  token: TokenEntry,
  operation: Operation,
  path: string,
) {
  const aclPath = operation === 'list' ? `${path}/` : path;
  const acl = aclFor(core, token);
  if (!isAllowed(acl, operation, aclPath, isRootProtected(aclPath))) {
    throw VaultError.denied();
  }
}

/** The mount, backend and route serving `path`, as far as they exist. */
function resolve(core: VaultCore, path: string) {
  const mount = findMount(core, path);
  const backend = mount && backendFor(mount.type);
  if (!mount || !backend) return { mount: undefined, backend: undefined };
  const subpath = `${path}/`.slice(mount.path.length).replace(/\/$/, '');
  return { mount, backend, match: matchRoute(backend.routes, subpath) };
}

async function routeLogical(
  core: VaultCore,
  request: Request,
  path: string,
  body: Record<string, unknown>,
): Promise<Response> {
  let operation = operationOf(request);
  if (!operation) return json(405, { errors: [] });
  const token = authenticate(core, request);
  const { mount, backend, match } = resolve(core, path);
  const query = new URL(request.url).searchParams;
  const logical: LogicalRequest = { operation, path, body, query, token };
  const context: RouteContext | undefined =
    mount && match
      ? { core, request: logical, params: match.params, mount }
      : undefined;
  // Writes to endpoints with an existence check need `create` when new.
  if (operation === 'update' && context && match?.route.exists) {
    if (!match.route.exists(context)) operation = 'create';
    logical.operation = operation;
  }
  checkAcl(core, token, operation, path);
  if (!backend) throw noHandler(core, path);
  if (!match || !context) throw VaultError.unsupportedPath();
  const { handlers } = match.route;
  const handler =
    handlers[operation] ??
    (operation === 'create' ? handlers.update : undefined);
  if (!handler) throw VaultError.unsupportedOperation();
  const response = await handler(context);
  const { mountType } = backend;
  return answer(core, operation, path, mountType, match.route, response, body);
}

function answer(
  core: VaultCore,
  operation: Operation,
  path: string,
  mountType: string,
  route: Route,
  response: LogicalResponse | undefined,
  body: Record<string, unknown>,
): Response {
  if (!response) {
    const isRead = operation === 'read' || operation === 'list';
    return isRead ? json(404, { errors: [] }) : empty(204);
  }
  if (response.status === 202) return empty(202);
  if (isAtLeast(core.profile, '1.10')) {
    const warnings = unknownFieldWarning(route, body);
    if (warnings.length > 0) {
      response.warnings = [...(response.warnings ?? []), ...warnings];
    }
  }
  return envelope(path, mountType, response, core.profile);
}

/** Answers one HTTP request to Vault's API (paths under /v1/). */
export async function dispatch(
  core: VaultCore,
  request: Request,
): Promise<Response> {
  try {
    const path = apiPath(request);
    if (path === undefined) throw noHandler(core, '');
    const body = await readBody(request);
    if (isRawPath(path)) return handleRaw(core, path, request, body);
    const { seal } = core.state;
    if (!seal.isInitialized || seal.isSealed) {
      throw new VaultError(503, ['Vault is sealed']);
    }
    return await routeLogical(core, request, path.replace(/\/$/, ''), body);
  } catch (error) {
    if (error instanceof VaultError) return errorResponse(error, core.profile);
    const message = error instanceof Error ? error.message : String(error);
    return errorResponse(VaultError.internal(message), core.profile);
  }
}
