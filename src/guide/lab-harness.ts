// Node tests: the real lab behind the app's HTTP client, counting calls.
import { createPgliteHost } from '../../mocks/lab/database/pglite-host.ts';
import { createLab } from '../../mocks/lab/lab.ts';
import { routeApi } from '../../mocks/lab/route-api.ts';
import { createMemoryNetwork } from '../../mocks/lab/runtime/network.ts';
import type { Lab } from '../../mocks/lab/types.ts';
import { configureHttp, type Exchange, type FetchLike } from '../api/http.ts';
import { configurePolling } from './job-runner.ts';

export interface LabHarness {
  lab: Lab;
  exchanges: Exchange[];
  /** Exchanges matching method and path since the harness started. */
  count(method: string, path: string): number;
  dispose(): Promise<void>;
}

/** Wraps the lab's router, e.g. to drop an answer after the lab acted. */
export type FetchWrapper = (inner: FetchLike) => FetchLike;

export function startLab(wrap: FetchWrapper = (f) => f): LabHarness {
  const lab = createLab({
    database: createPgliteHost(),
    network: createMemoryNetwork(),
  });
  const exchanges: Exchange[] = [];
  configureHttp({
    fetch: wrap(routeApi(lab)),
    baseUrl: 'http://lab.test',
    onExchange: (exchange) => exchanges.push(exchange),
  });
  configurePolling({ intervalMs: 50, timeoutMs: 60_000 });
  return {
    lab,
    exchanges,
    count: (method, path) =>
      exchanges.filter((e) => e.method === method && e.path === path).length,
    async dispose() {
      configureHttp({});
      await lab.dispose();
    },
  };
}
