// Starts the real server for a test, on 127.0.0.1 and a free port.
import { Writable } from 'node:stream';

import type { FastifyInstance } from 'fastify';

import {
  defaultServerConfig,
  type ServerConfig,
  type UpstreamConfig,
} from '../config/server-config.ts';
import { createServer } from '../create-server.ts';

export interface TestServer {
  app: FastifyInstance;
  port: number;
  /** Every log line written so far, as text. */
  logs: () => string;
  close: () => Promise<void>;
}

export function liveUpstream(
  vaultAddr: string,
  nomadAddr: string,
): UpstreamConfig {
  return {
    vaultAddr,
    nomadAddr,
    vaultNamespace: undefined,
    nomadRegion: undefined,
  };
}

export async function startTestServer(
  overrides: Partial<ServerConfig> = {},
): Promise<TestServer> {
  const lines: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const config: ServerConfig = {
    ...defaultServerConfig,
    port: 0,
    timeoutMs: 1000,
    initTimeoutMs: 3000,
    headersTimeoutMs: 500,
    staticRoot: '/nonexistent-walkthrough-dist',
    logLevel: 'info',
    ...overrides,
  };
  const app = await createServer(config, { logStream });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, port, logs: () => lines.join(''), close: () => app.close() };
}
