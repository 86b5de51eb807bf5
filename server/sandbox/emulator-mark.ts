// Every sandbox answer says it comes from an emulator: a header on all of
// them, and a field in the answers people check first (health, info).
import type { Handler } from '../../mocks/lab/ports.ts';

export const EMULATOR_HEADER = 'X-Lab-Emulator';
export const EMULATOR_NAME = 'nomad-vault-walkthrough';

async function withFields(
  response: Response,
  fields: Record<string, unknown>,
): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) return response;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return response;
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify({ ...body, ...fields }), {
    status: response.status,
    headers,
  });
}

/**
 * Adds the emulator header to every answer, and `fields` to JSON object
 * answers of GET on `paths`.
 */
export function markEmulator(
  handler: Handler,
  paths: readonly string[] = [],
  fields: () => Record<string, unknown> = () => ({}),
): Handler {
  return async (request) => {
    const original = await handler(request);
    const { pathname } = new URL(request.url);
    const isMarked = request.method === 'GET' && paths.includes(pathname);
    const response = isMarked
      ? await withFields(original, fields())
      : new Response(original.body, original);
    response.headers.set(EMULATOR_HEADER, EMULATOR_NAME);
    return response;
  };
}
