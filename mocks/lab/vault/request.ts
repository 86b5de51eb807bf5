import type { Operation } from './core.ts';
import { VaultError } from './errors.ts';

// strconv.ParseBool's spellings, which is how Vault reads `?list=`.
const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** Go's strconv.ParseBool; undefined where Go returns an error. */
export function parseGoBool(text: string): boolean | undefined {
  if (GO_TRUE.has(text)) return true;
  if (GO_FALSE.has(text)) return false;
  return undefined;
}

/** Whether a GET asks to list; Vault answers a bad `list` with 400. */
function isListQuery(query: URLSearchParams): boolean {
  const text = query.get('list') ?? '';
  if (text === '') return false;
  const list = parseGoBool(text);
  // Vault's handler returns the status with no error text.
  if (list === undefined) throw new VaultError(400, []);
  return list;
}

/** The logical operation an HTTP method asks for (contract §0.1). */
export function operationOf(request: Request): Operation | undefined {
  const query = new URL(request.url).searchParams;
  switch (request.method) {
    case 'GET':
      return isListQuery(query) ? 'list' : 'read';
    case 'LIST':
      return 'list';
    case 'POST':
    case 'PUT':
      return 'update';
    case 'DELETE':
      return 'delete';
    default:
      return undefined;
  }
}

/** The path below /v1/, decoded, or undefined for other URLs. */
export function apiPath(request: Request): string | undefined {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith('/v1/')) return undefined;
  try {
    return decodeURIComponent(pathname.slice(4));
  } catch {
    return pathname.slice(4);
  }
}

/** `X-Vault-Token`, or an `Authorization: Bearer` token. */
export function clientToken(request: Request): string {
  const header = request.headers.get('X-Vault-Token');
  if (header) return header.trim();
  const bearer = /^Bearer\s+(.+)$/i.exec(
    request.headers.get('Authorization') ?? '',
  );
  return bearer?.[1]?.trim() ?? '';
}

function jsonProblem(text: string): string {
  const first = text.trimStart()[0] ?? '';
  if (
    first !== '{' &&
    first !== '[' &&
    first !== '"' &&
    !/[-\d tfn]/.test(first)
  ) {
    return `invalid character '${first}' looking for beginning of value`;
  }
  return 'unexpected EOF';
}

/** The JSON object body; Vault refuses anything that is not one. */
export async function readBody(
  request: Request,
): Promise<Record<string, unknown>> {
  if (request.method === 'GET' || request.method === 'HEAD') return {};
  const text = await request.text();
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw VaultError.badRequest(
      `failed to parse JSON input: ${jsonProblem(text)}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw VaultError.badRequest(
      'failed to parse JSON input: json: cannot unmarshal ' +
        `${Array.isArray(parsed) ? 'array' : typeof parsed} into Go value ` +
        'of type map[string]interface {}',
    );
  }
  return parsed as Record<string, unknown>;
}
