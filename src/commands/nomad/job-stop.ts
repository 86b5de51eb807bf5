// `nomad job stop [-purge] JOB`: deregisters and watches the evaluation.
// https://developer.hashicorp.com/nomad/api-docs/jobs#stop-a-job
import { stopJob } from '../../api/nomad/jobs.ts';
import { formatJobRunDetached } from '../../cli/index.ts';
import { writeLines, type CommandNode } from '../command.ts';
import { expectNomadArgs, nomadCall } from './client.ts';
import { monitor } from './job-run.ts';
import { resolveJob } from './job-status.ts';

export const jobStop: CommandNode = {
  name: 'stop',
  summary: 'Stop a running job',
  usage: 'Usage: nomad job stop [options] <job>',
  flags: [
    { name: 'purge', kind: 'bool' },
    { name: 'detach', kind: 'bool' },
    { name: 'yes', kind: 'bool' },
  ],
  args: ['job'],
  run: async (invocation) => {
    const { args, flags, io } = invocation;
    expectNomadArgs(args, 1, '<job>', 'job stop');
    const jobId = await resolveJob(args[0] ?? '');
    const answer = await nomadCall('Error deregistering job: ', () =>
      stopJob(jobId, { purge: flags.bool('purge') }),
    );
    if (answer.EvalID === '') return 0;
    if (flags.bool('detach')) {
      writeLines(io.write, formatJobRunDetached(answer.EvalID));
      return 0;
    }
    return monitor(invocation, jobId, answer.EvalID);
  },
};
