// Cross-site request guard for /api: the browser keeps the tokens, so a
// foreign page must not be able to make the app's requests for it.
import type { FastifyReply, FastifyRequest } from 'fastify';

import { ProxyHttpError } from '../proxy-error.ts';
import { allowedHostsFor } from './host-allowlist.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const sameSiteValues = new Set(['same-origin', 'none']);

/** onRequest hook for Origin, Sec-Fetch-Site and X-Requested-By. */
export function csrfGuard(extraHosts: readonly string[]) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    const { origin } = request.headers;
    if (origin !== undefined && !isOwnOrigin(request, origin, extraHosts)) {
      throw forbidden(`requests from origin ${origin} are not accepted`);
    }
    const site = request.headers['sec-fetch-site'];
    if (typeof site === 'string' && !sameSiteValues.has(site)) {
      throw forbidden(`${site} requests are not accepted`);
    }
    if (!safeMethods.has(request.method) && !hasRequestedBy(request)) {
      throw new ProxyHttpError(403, {
        errors: [`${request.method} needs the header X-Requested-By`],
        proxyError: 'missing_requested_by',
        hint:
          'Send X-Requested-By: nomad-vault-walkthrough, as the app does; ' +
          'browsers then refuse to send it from other sites.',
      });
    }
  };
}

function isOwnOrigin(
  request: FastifyRequest,
  origin: string,
  extraHosts: readonly string[],
): boolean {
  const match = /^https?:\/\/([^/]+)$/.exec(origin.toLowerCase());
  if (!match?.[1]) return false;
  const port = request.raw.socket.localPort ?? 0;
  return allowedHostsFor(port, extraHosts).has(match[1]);
}

function hasRequestedBy(request: FastifyRequest): boolean {
  const value = request.headers['x-requested-by'];
  return typeof value === 'string' && value.trim() !== '';
}

function forbidden(message: string): ProxyHttpError {
  return new ProxyHttpError(403, {
    errors: [message],
    proxyError: 'forbidden_origin',
    hint: 'Only the walkthrough app served by this server may call /api.',
  });
}
