// The walkthrough's Node server: serves the built app and, in live mode,
// forwards /api/vault and /api/nomad to the learner's Vault and Nomad.
import type { FastifyInstance } from 'fastify';

import type { ServerConfig } from './config/server-config.ts';
import { createServer, type ServerOptions } from './create-server.ts';

export { createServer, type ServerOptions } from './create-server.ts';
export {
  ConfigError,
  loadConfig,
  type ConfigInput,
  type LoadResult,
} from './config/load-config.ts';
export {
  defaultServerConfig,
  type ServerConfig,
  type UpstreamConfig,
} from './config/server-config.ts';
export { modeOf, type ModeAnswer } from './routes/mode-route.ts';

export interface StartedServer {
  app: FastifyInstance;
  /** The address to open in a browser, e.g. `http://127.0.0.1:4180`. */
  url: string;
}

/** Creates the server and listens on `config.host`:`config.port`. */
export async function startServer(
  config: ServerConfig,
  options: ServerOptions = {},
): Promise<StartedServer> {
  const app = await createServer(config, options);
  await app.listen({
    host: config.host,
    port: config.port,
    listenTextResolver: (address) => `listening on ${address}`,
  });
  const address = app.server.address();
  const port =
    typeof address === 'object' && address ? address.port : config.port;
  return { app, url: `http://${browserHost(config.host)}:${port}` };
}

/** A name a browser on this machine can open for the bound host. */
function browserHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
