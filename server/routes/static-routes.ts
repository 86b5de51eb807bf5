// The production build as a single-page app: real files from dist/, any
// other GET falls back to index.html; unknown /api paths answer JSON.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { sendProxyError } from '../proxy-error.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

export async function registerStaticRoutes(
  app: FastifyInstance,
  staticRoot: string,
  isMock: boolean,
): Promise<void> {
  const root = resolve(staticRoot);
  const isBuilt = existsSync(resolve(root, 'index.html'));
  if (isBuilt) {
    await app.register(fastifyStatic, {
      root,
      wildcard: true,
      dotfiles: 'deny',
      // Vite fingerprints everything under assets/; the rest may change.
      setHeaders: (res: FastifyReply, path: string) => {
        const isAsset = path.startsWith(resolve(root, 'assets'));
        res.header('cache-control', isAsset ? IMMUTABLE : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) =>
    answerNotFound(request, reply, { isBuilt, isMock }),
  );
}

function answerNotFound(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { isBuilt: boolean; isMock: boolean },
) {
  const path = request.url.split('?', 1)[0] ?? '';
  if (path.startsWith('/api/'))
    return apiNotFound(request, reply, path, state.isMock);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return sendProxyError(reply, 404, {
      errors: [`no route for ${request.method} ${path}`],
      proxyError: 'not_found',
    });
  }
  if (!state.isBuilt) {
    return reply
      .code(503)
      .type('text/plain; charset=utf-8')
      .send('The app is not built yet: run `npm run build`, then restart.\n');
  }
  return reply.header('cache-control', 'no-cache').sendFile('index.html');
}

function apiNotFound(
  request: FastifyRequest,
  reply: FastifyReply,
  path: string,
  isMock: boolean,
) {
  const isBackend = /^\/api\/(vault|nomad|web|lab)\//.test(path);
  if (isMock && isBackend) {
    return sendProxyError(reply, 503, {
      errors: [
        'this server runs in mock mode; the browser answers /api itself',
      ],
      proxyError: 'mock_mode',
      hint: 'Restart the server with VAULT_ADDR and NOMAD_ADDR for live mode.',
    });
  }
  return sendProxyError(reply, 404, {
    errors: [`no route for ${request.method} ${path}`],
    proxyError: 'not_found',
  });
}
