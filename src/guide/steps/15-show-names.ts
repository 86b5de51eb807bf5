import { readAllocation } from '../../api/nomad/allocations.ts';
import { listJobAllocations } from '../../api/nomad/jobs.ts';
import { readNames } from '../../api/web.ts';
import { allocationAddress } from '../nomad-facts.ts';
import { StepError } from '../step-error.ts';
import { nomadOutput } from '../transcript.ts';
import type { Step } from '../types.ts';

const JOB_ID = 'nomad-vault-demo';

export const showNamesStep: Step = {
  number: 15,
  slug: 'show-names',
  title: 'See the names from PostgreSQL',
  explanation: [
    'Nomad chose a port for the web app when it placed the allocation. ' +
      'The allocation status shows which one, and /names at that address ' +
      'answers with the rows the app read from PostgreSQL.',
    'The app logged in with the user Vault created for it moments ago. ' +
      'Nobody typed, copied or stored that password.',
  ],
  watchFor: [
    'When the lease ends, Vault drops the user. Nomad renders new ' +
      'credentials before that and restarts the task with them.',
  ],
  files: [],
  commands: () => [
    'nomad alloc status <allocation id>',
    'curl http://<address>:<port>/names',
  ],
  run: async (ctx) => {
    const stubs = await listJobAllocations(JOB_ID);
    const running = stubs.find((a) => a.ClientStatus === 'running');
    if (!running) {
      throw new StepError(
        'allocation-failed',
        `${JOB_ID} has no running allocation. Run it in step 14 first.`,
        { nextStep: 14 },
      );
    }
    const allocation = await readAllocation(running.ID);
    ctx.emit({
      command: `nomad alloc status ${allocation.ID.slice(0, 8)}`,
      output: nomadOutput.allocStatus(allocation),
    });
    const address = allocationAddress(allocation, 'http');
    const url = address
      ? `http://${address.ip}:${address.port}/names`
      : 'http://<address>:<port>/names';
    const page = await readNames();
    ctx.emit({ command: `curl ${url}`, output: page.body.trimEnd() });
    return { message: `Done: the app listed ${page.names.length} names.` };
  },
  check: async () => {
    const allocations = await listJobAllocations(JOB_ID);
    if (!allocations.some((a) => a.ClientStatus === 'running')) {
      return { isDone: false, detail: `${JOB_ID} is not running` };
    }
    try {
      const page = await readNames();
      return {
        isDone: page.names.length > 0,
        detail: `${page.names.length} names`,
      };
    } catch {
      return { isDone: false, detail: '/names does not answer yet' };
    }
  },
};
