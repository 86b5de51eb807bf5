// Every error that escapes a hook, parser or route becomes a JSON answer
// that says what was refused and names no internals.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

import { ProxyHttpError, sendProxyError } from './proxy-error.ts';

export function handleError(
  error: FastifyError | ProxyHttpError,
  request: FastifyRequest,
  reply: FastifyReply,
): unknown {
  if (error instanceof ProxyHttpError) {
    return sendProxyError(reply, error.statusCode, error.body);
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return sendProxyError(reply, 413, {
      errors: ['request body is larger than the server accepts'],
      proxyError: 'body_too_large',
      hint: 'Requests of the guide are a few kilobytes; check what is sent.',
    });
  }
  const statusCode = error.statusCode ?? 500;
  if (statusCode >= 500) {
    request.log.error({ code: error.code, err: error }, 'request failed');
    return sendProxyError(reply, 500, {
      errors: ['the walkthrough server failed; see its log'],
      proxyError: 'server_error',
    });
  }
  return sendProxyError(reply, statusCode, {
    errors: [error.message],
    proxyError: 'bad_request',
  });
}
