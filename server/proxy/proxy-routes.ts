// /api/vault/v1/* and /api/nomad/v1/* forwarded with @fastify/http-proxy to
// the one configured address: exact request bytes in, whole answer out.
import type { Readable } from 'node:stream';

import httpProxy from '@fastify/http-proxy';
import type { FastifyInstance, FastifyRequest } from 'fastify';

import type { ServerConfig, UpstreamConfig } from '../config/server-config.ts';
import { isAnswered, type ReplyLike } from '../proxy-error.ts';
import { parseBoundedBody } from '../security/body-guards.ts';
import { denyBlockedPaths } from '../security/path-denylist.ts';
import type { Backend } from './backend.ts';
import {
  forwardRequestHeaders,
  forwardResponseHeaders,
} from './forward-headers.ts';
import { readCapped } from './read-capped.ts';
import { sendUpstreamFailure } from './upstream-failure.ts';
import { upstreamTimeoutMs } from './upstream-timeout.ts';

/** Answers larger than this are refused rather than buffered. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;

// No LIST: Node's HTTP parser refuses methods it does not know (400 before
// Fastify runs), so clients list with Vault's equivalent GET ?list=true.
const forwardedMethods = ['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT'];

/** Registers the proxy for one backend in its own plugin scope. */
export async function registerBackendProxy(
  app: FastifyInstance,
  backend: Backend,
  config: ServerConfig,
  upstream: UpstreamConfig,
): Promise<void> {
  const mount = `/api/${backend.name}`;
  const timeoutOf = (request: { method: string; url: string }) =>
    upstreamTimeoutMs(
      backend.name,
      { method: request.method, url: request.url.slice(mount.length) },
      config,
    );

  await app.register(async (scope) => {
    scope.addHook('onRequest', denyBlockedPaths(backend.name));
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, parseBoundedBody);

    await scope.register(httpProxy, {
      upstream: backend.addr,
      prefix: `${mount}/v1`,
      rewritePrefix: '/v1',
      httpMethods: forwardedMethods,
      proxyPayloads: false,
      internalRewriteLocationHeader: false,
      disableRequestLogging: true,
      destroyAgent: true,
      undici: {
        connections: 64,
        pipelining: 1,
        connect: { timeout: Math.min(config.timeoutMs, 10_000) },
        // reply-from would otherwise turn certificate checks off.
        tls: { rejectUnauthorized: true },
      } as object,
      replyOptions: {
        rewriteRequestHeaders: (_request, headers) =>
          forwardRequestHeaders(headers, backend, upstream),
        rewriteHeaders: (headers) => forwardResponseHeaders(headers),
        // Never repeat a request: a second init or token create differs.
        retryDelay: () => null,
        onError: (reply, { error }) =>
          sendUpstreamFailure(reply, backend, error, timeoutOf(reply.request)),
        onResponse: (request, reply, answer) => {
          relayWhole(reply, answer.stream, backend, timeoutOf(request));
        },
        ...regionQuery(backend, upstream),
      },
      handler: (request, reply, dest, options) =>
        reply.from(dest, {
          ...options,
          timeout: timeoutOf(request),
          ...bodyOf(request),
        }),
    });
  });
}

function relayWhole(
  reply: ReplyLike,
  stream: Readable,
  backend: Backend,
  timeoutMs: number,
): void {
  // Already answered: reply-from reported an invalid status (e.g. 888).
  if (isAnswered(reply)) {
    stream.destroy();
    return;
  }
  readCapped(stream, MAX_ANSWER_BYTES).then(
    (body) => reply.send(body),
    (error: unknown) => sendUpstreamFailure(reply, backend, error, timeoutMs),
  );
}

/** The exact bytes the browser sent; GET and HEAD carry none. */
function bodyOf(request: FastifyRequest) {
  const { body } = request;
  if (!Buffer.isBuffer(body) || ['GET', 'HEAD'].includes(request.method)) {
    return {};
  }
  const contentType = request.headers['content-type'] ?? 'application/json';
  return { body, contentType };
}

function regionQuery(backend: Backend, upstream: UpstreamConfig) {
  const region = upstream.nomadRegion;
  if (backend.name !== 'nomad' || !region) return {};
  return {
    queryString: (_search: string | undefined, reqUrl: string) => {
      const params = new URLSearchParams(reqUrl.split('?', 2)[1] ?? '');
      if (!params.has('region')) params.set('region', region);
      return params.toString();
    },
  };
}
