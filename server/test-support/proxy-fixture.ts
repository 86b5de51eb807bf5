// Per-test live-mode server plus upstream doubles, all closed after each
// test. Call useProxyFixture() once at the top of a test file.
import { afterEach } from 'vitest';

import {
  liveUpstream,
  startTestServer,
  type TestServer,
} from './test-server.ts';
import {
  startUpstreamDouble,
  type DoubleHandler,
  type UpstreamDouble,
} from './upstream-double.ts';

export interface ProxyFixture {
  /** Starts the server for these addresses; resolves with its port. */
  startWith(
    vaultAddr: string,
    nomadAddr: string,
    timeoutMs?: number,
  ): Promise<number>;
  /** Starts an upstream double that is closed after the test. */
  double(handler?: DoubleHandler): Promise<UpstreamDouble>;
  /** The server's log so far. */
  logs(): string;
}

export function useProxyFixture(): ProxyFixture {
  let server: TestServer | undefined;
  let doubles: UpstreamDouble[] = [];

  afterEach(async () => {
    await server?.close();
    await Promise.all(doubles.map((d) => d.close()));
    server = undefined;
    doubles = [];
  });

  return {
    startWith: async (vaultAddr, nomadAddr, timeoutMs = 1000) => {
      server = await startTestServer({
        upstream: liveUpstream(vaultAddr, nomadAddr),
        timeoutMs,
        initTimeoutMs: timeoutMs * 3,
      });
      return server.port;
    },
    logs: () => server?.logs() ?? '',
    double: async (handler) => {
      const upstream = await startUpstreamDouble(handler);
      doubles.push(upstream);
      return upstream;
    },
  };
}
