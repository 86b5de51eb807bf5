import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_NAMES } from '../../../mocks/lab/runtime/demo-data.ts';
import { routeApi } from '../../../mocks/lab/route-api.ts';
import { configureHttp } from '../../api/http.ts';
import { createInterpreter } from '../../commands/interpreter.ts';
import { configureMonitor } from '../../commands/nomad/monitor.ts';
import { createTestDeps, type TestDeps } from '../../commands/test-support.ts';
import {
  checkAll,
  originalFiles,
  type StepProgress,
} from '../../guide/index.ts';
import { startLab, type LabHarness } from '../../guide/lab-harness.ts';
import { replayCliScript, type Replayed } from './cli-replay.ts';
import { walkAndExport } from './walk-scripts.ts';

// The CLI flavour, exported from a walk of the in-Node lab, replayed
// through the app's own command interpreter against the same lab reset
// to a fresh state (one PGlite for the file).
let harness: LabHarness;
let deps: TestDeps;
let replayed: Replayed;
let progress: StepProgress[];
const files = new Map<string, string>();

beforeAll(async () => {
  harness = startLab();
  const { cli } = await walkAndExport(harness);
  const reset = await harness.lab.control(
    new Request('http://lab.test/lab/reset', { method: 'POST' }),
  );
  if (!reset.ok) throw new Error(await reset.text());
  const api = routeApi(harness.lab);
  configureHttp({
    // The sandbox serves its lab controls on the Nomad port, where the
    // script's `$NOMAD_LAB_CONTROL` points.
    fetch: (request) => {
      const url = new URL(request.url);
      url.pathname = url.pathname.replace(/^\/api\/nomad\/lab\//, '/api/lab/');
      return api(new Request(url, request));
    },
    baseUrl: 'http://lab.test',
  });
  configureMonitor({ intervalMs: 50, deploymentTimeoutMs: 60_000 });
  deps = createTestDeps();
  deps.file = (name) => files.get(name) ?? originalFiles.get(name);
  deps.fileNames = () => [...files.keys()];
  const interpreter = createInterpreter(deps);
  replayed = await replayCliScript(cli, { interpreter, files }, {});
  progress = await checkAll({
    mode: 'mock',
    secrets: deps.secrets,
    file: (name) => files.get(name) ?? originalFiles.get(name) ?? '',
    emit: () => undefined,
  });
}, 150_000);

afterAll(async () => {
  await harness?.dispose();
});

describe('the exported CLI script replayed by the typed command line', () => {
  it('runs every command of the script with exit status 0', () => {
    const lines = replayed.log.map((entry) => entry.line);

    expect(replayed.log.every((entry) => entry.code === 0)).toBe(true);
    expect(lines).toContain('vault operator unseal "$UNSEAL_KEY"');
    expect(lines).toContain('nomad job run web-app.nomad');
  });

  it('leaves all 15 steps done', () => {
    const undone = progress
      .filter(({ result }) => result?.isDone !== true)
      .map(({ step, error }) => `${step.number}: ${String(error ?? '')}`);

    expect(progress).toHaveLength(15);
    expect(undone).toEqual([]);
  });

  it('prints the names the web app lists', () => {
    const names = replayed.log.at(-2);

    expect(names?.line).toBe(
      'curl -sS --fail-with-body "http://$WEB_ADDR/names"',
    );
    for (const name of DEMO_NAMES) expect(names?.output).toContain(name);
  });
});
