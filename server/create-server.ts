// Builds the Fastify app: security hooks first, then /api routes, then the
// SPA. Tests call it and listen on port 0; main.ts listens as configured.
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
} from 'fastify';
import type { DestinationStream } from 'pino';

import type { ServerConfig } from './config/server-config.ts';
import { handleError } from './error-handler.ts';
import { createLogger, pathOnly } from './logging/logger.ts';
import { backendsOf } from './proxy/backend.ts';
import { registerBackendProxy } from './proxy/proxy-routes.ts';
import { registerModeRoute } from './routes/mode-route.ts';
import { registerNamesRoute } from './routes/names-route.ts';
import { registerStaticRoutes } from './routes/static-routes.ts';
import { registerSandboxRoutes } from './sandbox/proxy-routes.ts';
import { refuseEncodedBodies } from './security/body-guards.ts';
import { csrfGuard } from './security/csrf-guard.ts';
import { hostAllowlist } from './security/host-allowlist.ts';
import { checkRequestTarget } from './security/request-target.ts';
import { setSecurityHeaders } from './security/response-headers.ts';

export interface ServerOptions {
  /** Where log lines go (default stdout); tests read them back. */
  logStream?: DestinationStream;
}

/** The server for `config`, not yet listening. */
export async function createServer(
  config: ServerConfig,
  options: ServerOptions = {},
): Promise<FastifyInstance> {
  const logger: FastifyBaseLogger = createLogger(
    config.logLevel,
    options.logStream,
  );
  const app = Fastify({
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: false,
    return503OnClosing: true,
    requestTimeout: Math.max(30_000, config.headersTimeoutMs * 2),
    http: {
      headersTimeout: config.headersTimeoutMs,
      maxHeaderSize: 16 * 1024,
      // Node checks the header deadline only this often (default 30 s).
      connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs),
    },
  });

  app.setErrorHandler(handleError);
  app.addHook('onRequest', hostAllowlist(config.allowedHosts));
  app.addHook('onRequest', checkRequestTarget);
  app.addHook('onRequest', csrfGuard(config.allowedHosts));
  app.addHook('onRequest', refuseEncodedBodies);
  app.addHook('onSend', setSecurityHeaders);
  app.addHook('onResponse', async (request, reply) => {
    const { method } = request;
    const path = pathOnly(request.url);
    const durationMs = Math.round(reply.elapsedTime * 10) / 10;
    const fields = { method, path, statusCode: reply.statusCode, durationMs };
    request.log.info(fields, 'request completed');
  });

  if (config.sandbox) {
    if (!config.upstream) {
      throw new Error('sandbox mode needs the running sandbox in upstream');
    }
    // Answers /api/mode as "sandbox" and forwards /api/lab to the sandbox.
    await registerSandboxRoutes(app, config.upstream);
  } else {
    registerModeRoute(app, config.upstream);
  }
  if (config.upstream) {
    for (const backend of backendsOf(config.upstream)) {
      await registerBackendProxy(app, backend, config, config.upstream);
    }
    registerNamesRoute(app, config, config.upstream);
  }
  await registerStaticRoutes(app, config.staticRoot, !config.upstream);
  return app;
}
