// `nomad job plan FILE`: a dry run of the scheduler, nothing changes.
// https://developer.hashicorp.com/nomad/api-docs/jobs#create-job-plan
import { writeLines, type CommandNode } from '../command.ts';
import { expectNomadArgs, nomadCall, nomadRequest } from './client.ts';
import { parseJobFile } from './job-run.ts';
import { formatPlan, planExitCode, planSchema } from './plan-output.ts';

export const jobPlan: CommandNode = {
  name: 'plan',
  summary: 'Show what submitting a jobspec would change',
  usage: 'Usage: nomad job plan [options] <path>',
  flags: [{ name: 'verbose', kind: 'bool' }],
  args: ['file'],
  run: async (invocation) => {
    const { args, io } = invocation;
    expectNomadArgs(args, 1, '<path>', 'job plan');
    const fileName = args[0] ?? '';
    const job = await parseJobFile(invocation, fileName);
    const plan = await nomadCall('Error during plan: ', () =>
      nomadRequest(
        'PUT',
        `/v1/job/${encodeURIComponent(job.ID)}/plan`,
        planSchema,
        { Job: job, Diff: true },
      ),
    );
    writeLines(io.write, formatPlan(plan, job.ID, fileName));
    return planExitCode(plan);
  },
};
