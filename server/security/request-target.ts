// Request-target rules: the path the router sees must be the path that is
// forwarded, so anything that decodes or normalises differently is refused.
import type { FastifyReply, FastifyRequest } from 'fastify';

import { ProxyHttpError } from '../proxy-error.ts';

// Encoded dot, slash, backslash, percent (double encoding) and NUL.
const encodedTricks = /%(2e|2f|5c|25|00)/i;
const dotSegment = /(^|\/)\.\.?(\/|$)/;
// Under /api only plain segments: no percent, `@`, `;` or backslash.
const apiPath = /^\/api(\/[A-Za-z0-9._~:+=,-]+)*\/?$/;

/** Why `url` is refused, or null when it is fine. */
export function requestTargetProblem(url: string): string | null {
  if (!url.startsWith('/') || url.startsWith('//')) {
    return 'the request target must be a path starting with a single /';
  }
  if (url.includes('#')) return 'the request target must not contain #';
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (path.includes('\\') || path.includes('//')) {
    return 'the path must not contain backslashes or empty segments';
  }
  if (encodedTricks.test(path)) {
    return 'the path must not encode dots, slashes, backslashes or %';
  }
  const decoded = safeDecode(path);
  if (decoded === null) return 'the path has a malformed %-escape';
  if (dotSegment.test(decoded)) return 'the path must not contain . or ..';
  const isApi = decoded.toLowerCase().startsWith('/api/') || decoded === '/api';
  if (isApi && !apiPath.test(path)) {
    return (
      'an /api path may only hold letters, digits and ._~:+=,- ' +
      'between single slashes'
    );
  }
  return null;
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** onRequest hook answering 400 for request targets we will not route. */
export async function checkRequestTarget(
  request: FastifyRequest,
  _reply: FastifyReply,
): Promise<void> {
  const problem = requestTargetProblem(request.raw.url ?? '');
  if (problem === null) return;
  throw new ProxyHttpError(400, {
    errors: [problem],
    proxyError: 'bad_path',
    hint: 'Call /api/vault/v1/... or /api/nomad/v1/... with a plain path.',
  });
}
