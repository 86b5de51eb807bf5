// Request body limits that hold before anything reaches Vault or Nomad:
// no compressed bodies (a small gzip can inflate to gigabytes) and no JSON
// nested deeper than any real request needs.
import type { FastifyReply, FastifyRequest } from 'fastify';

import { ProxyHttpError } from '../proxy-error.ts';

/** Deepest nesting a job or policy body of the guide comes near is ~10. */
export const MAX_JSON_DEPTH = 64;

const [openBrace, openBracket, closeBrace, closeBracket] = [
  0x7b, 0x5b, 0x7d, 0x5d,
];
const [quote, backslash] = [0x22, 0x5c];

/** Deepest object/array nesting in `body`, scanning outside strings. */
export function jsonDepth(body: Uint8Array, stopAbove: number): number {
  let depth = 0;
  let deepest = 0;
  let isInString = false;
  for (let i = 0; i < body.length; i += 1) {
    const byte = body[i];
    if (isInString) {
      if (byte === backslash) i += 1;
      else if (byte === quote) isInString = false;
    } else if (byte === quote) {
      isInString = true;
    } else if (byte === openBrace || byte === openBracket) {
      depth += 1;
      deepest = Math.max(deepest, depth);
      if (deepest > stopAbove) return deepest;
    } else if (byte === closeBrace || byte === closeBracket) {
      depth -= 1;
    }
  }
  return deepest;
}

/** Content-type parser: keeps the exact bytes, refuses deep nesting. */
export function parseBoundedBody(
  _request: FastifyRequest,
  body: Buffer,
  done: (error: Error | null, body?: Buffer) => void,
): void {
  if (jsonDepth(body, MAX_JSON_DEPTH) <= MAX_JSON_DEPTH) {
    done(null, body);
    return;
  }
  done(
    new ProxyHttpError(400, {
      errors: [`JSON nested deeper than ${MAX_JSON_DEPTH} levels`],
      proxyError: 'json_too_deep',
      hint: 'Send the request body the step shows; it is far shallower.',
    }),
  );
}

/** onRequest hook refusing request bodies with a Content-Encoding. */
export async function refuseEncodedBodies(
  request: FastifyRequest,
  _reply: FastifyReply,
): Promise<void> {
  const encoding = request.headers['content-encoding'];
  if (encoding === undefined || encoding.trim().toLowerCase() === 'identity') {
    return;
  }
  throw new ProxyHttpError(415, {
    errors: [`request bodies with Content-Encoding ${encoding} are refused`],
    proxyError: 'encoded_body',
    hint: 'Send the JSON body uncompressed.',
  });
}
