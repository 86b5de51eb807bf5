// Node tests: one walk of the 15 steps against the in-Node lab, recorded as
// the app records it, and the two script flavours exported from it.
import { routeApi } from '../../../mocks/lab/route-api.ts';
import { configureHttp } from '../../api/http.ts';
import { createStepContext } from '../../app/step-context.ts';
import { steps } from '../../guide/index.ts';
import type { LabHarness } from '../../guide/lab-harness.ts';
import { createAppStore } from '../../state/create-app-store.ts';
import { exportCliScript } from '../cli-script.ts';
import { exportCurlScript } from '../curl-script.ts';
import type { ExportFile } from '../script-parts.ts';

export interface WalkScripts {
  cli: string;
  curl: string;
}

/** Runs every step against the harness's lab and exports the walk. */
export async function walkAndExport(harness: LabHarness): Promise<WalkScripts> {
  const store = createAppStore();
  configureHttp({
    fetch: routeApi(harness.lab),
    baseUrl: 'http://lab.test',
    onExchange: (exchange) => store.getState().recordExchange(exchange),
  });
  for (const step of steps) {
    store.getState().setRun(step.number, { status: 'running' });
    await step.run(createStepContext(step, steps, store, 'run'));
    store.getState().setRun(step.number, { status: 'done', message: 'Done' });
  }
  const { transcript, exchangesByEntry, secrets } = store.getState();
  const files: ExportFile[] = steps.flatMap((step) =>
    step.files.map(({ name, content }) => ({ name, content })),
  );
  const calls = transcript.map((entry) => ({
    entry,
    exchanges: exchangesByEntry[entry.id] ?? [],
  }));
  return {
    cli: exportCliScript(transcript, files, { secrets }),
    curl: exportCurlScript(calls, files, { secrets }),
  };
}
