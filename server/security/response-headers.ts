// Headers on every answer: no caching of API answers (they carry tokens
// and keys), a strict CSP for the SPA, and no CORS for anyone.
import type { FastifyReply, FastifyRequest } from 'fastify';

/** xterm sets inline styles, PGlite compiles WebAssembly. */
export const SPA_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "worker-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** onSend hook setting the security headers for the kind of answer. */
export async function setSecurityHeaders(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<unknown> {
  for (const name of Object.keys(reply.getHeaders())) {
    if (name.startsWith('access-control-')) reply.removeHeader(name);
  }
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('cross-origin-resource-policy', 'same-origin');
  reply.header('x-frame-options', 'DENY');
  if (request.url.startsWith('/api/')) {
    reply.header('cache-control', 'no-store');
    reply.header('content-security-policy', API_CSP);
  } else {
    reply.header('content-security-policy', SPA_CSP);
  }
  return payload;
}
