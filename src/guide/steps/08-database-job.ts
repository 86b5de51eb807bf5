import { jobRunningCheck } from '../checks.ts';
import { stepFiles } from '../files/index.ts';
import { runJobStep } from '../job-step.ts';
import type { Step } from '../types.ts';

const FILE = stepFiles.dbJob;
const JOB_ID = 'postgres-nomad-demo';

export const databaseJobStep: Step = {
  number: 8,
  slug: 'database-job',
  title: 'Run the PostgreSQL job',
  explanation: [
    'The demo needs a database for Vault to manage. This Nomad job runs ' +
      'PostgreSQL in a Docker container on the fixed port 5432 and ' +
      'registers it as the service "database", which is how Vault finds it ' +
      'later at database.service.consul.',
    'The container already holds a table of names that the web app will ' +
      'show at the end.',
  ],
  watchFor: [
    'A first run can take a while: Nomad pulls the image before the task ' +
      'starts. The step waits until the allocation is running.',
    'Port 5432 must be free on the Nomad client, or placement fails with a ' +
      'port collision.',
  ],
  files: [FILE],
  commands: () => [`nomad job run ${FILE.name}`, `nomad status ${JOB_ID}`],
  run: async (ctx) => {
    await runJobStep(ctx, { jobId: JOB_ID, fileName: FILE.name });
    return { message: `Done: ${JOB_ID} is running.` };
  },
  check: () => jobRunningCheck(JOB_ID),
};
