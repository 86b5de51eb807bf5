// Which headers cross the proxy. Both directions use allowlists, so hop-by-
// hop headers, cookies, Authorization, X-Forwarded-* and CORS never pass.
import type { IncomingHttpHeaders } from 'node:http';

import type { UpstreamConfig } from '../config/server-config.ts';
import type { Backend } from './backend.ts';

const sharedRequestHeaders = [
  'host',
  'accept',
  'content-type',
  'content-length',
  'user-agent',
];

const requestHeadersOf: Record<Backend['name'], readonly string[]> = {
  vault: [
    'x-vault-token',
    'x-vault-request',
    'x-vault-wrap-ttl',
    'x-vault-namespace',
  ],
  nomad: ['x-nomad-token'],
};

const responseHeaders = new Set([
  'content-type',
  'content-encoding',
  'retry-after',
  'x-nomad-index',
  'x-nomad-lastcontact',
  'x-nomad-knownleader',
  'x-nomad-nexttoken',
]);

/** Headers sent upstream: only those Vault or Nomad use. */
export function forwardRequestHeaders(
  headers: IncomingHttpHeaders,
  backend: Backend,
  upstream: UpstreamConfig,
): IncomingHttpHeaders {
  const allowed = [...sharedRequestHeaders, ...requestHeadersOf[backend.name]];
  const forwarded: IncomingHttpHeaders = {};
  for (const name of allowed) {
    if (headers[name] !== undefined) forwarded[name] = headers[name];
  }
  const namespace = upstream.vaultNamespace;
  if (
    backend.name === 'vault' &&
    namespace &&
    !forwarded['x-vault-namespace']
  ) {
    forwarded['x-vault-namespace'] = namespace;
  }
  return forwarded;
}

/**
 * Headers passed back to the browser. A redirect's Location (a standby
 * Vault points at its active node) is renamed so the browser never follows
 * it with the token; the app can still show where the active node is.
 */
export function forwardResponseHeaders(
  headers: IncomingHttpHeaders,
): IncomingHttpHeaders {
  const passed: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (responseHeaders.has(name)) passed[name] = value;
  }
  if (typeof headers.location === 'string') {
    passed['x-upstream-location'] = headers.location;
  }
  return passed;
}
