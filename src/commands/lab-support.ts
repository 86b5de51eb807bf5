// Node tests: the real lab behind the app's HTTP client, and a typed
// command line wired to it.
import { createPgliteHost } from '../../mocks/lab/database/pglite-host.ts';
import { createLab } from '../../mocks/lab/lab.ts';
import { routeApi } from '../../mocks/lab/route-api.ts';
import { createMemoryNetwork } from '../../mocks/lab/runtime/network.ts';
import type { Lab } from '../../mocks/lab/types.ts';
import { configureHttp, type Exchange } from '../api/http.ts';
import type { SecretValues } from '../guide/types.ts';
import { createInterpreter } from './interpreter.ts';
import { configureMonitor } from './nomad/monitor.ts';
import { createTestDeps, createTestIO, type TestIO } from './test-support.ts';
import type { Interpreter } from './types.ts';

export interface TypedLab {
  lab: Lab;
  interpreter: Interpreter;
  exchanges: Exchange[];
  held(): SecretValues;
  /** Runs one line; resolves with its exit code and what it wrote. */
  type(line: string, answers?: string[]): Promise<TestIO & { code: number }>;
  dispose(): Promise<void>;
}

export function startTypedLab(secrets: SecretValues = {}): TypedLab {
  const lab = createLab({
    database: createPgliteHost(),
    network: createMemoryNetwork(),
  });
  const exchanges: Exchange[] = [];
  configureHttp({
    fetch: routeApi(lab),
    baseUrl: 'http://lab.test',
    onExchange: (exchange) => exchanges.push(exchange),
  });
  configureMonitor({ intervalMs: 50, deploymentTimeoutMs: 60_000 });
  const deps = createTestDeps({ secrets });
  const interpreter = createInterpreter(deps);
  return {
    lab,
    interpreter,
    exchanges,
    held: deps.held,
    async type(line, answers = []) {
      const io = createTestIO(answers);
      const code = await interpreter.execute(line, io);
      return Object.assign(io, { code });
    },
    async dispose() {
      configureHttp({});
      await lab.dispose();
    },
  };
}
