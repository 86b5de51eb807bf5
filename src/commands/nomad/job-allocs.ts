// `nomad job allocs JOB`: the job's allocations, as a table or as JSON.
import { listJobAllocations } from '../../api/nomad/jobs.ts';
import { formatAllocationList } from '../../cli/index.ts';
import { writeLines, type CommandNode } from '../command.ts';
import { expectNomadArgs, nomadCall } from './client.ts';

export const jobAllocs: CommandNode = {
  name: 'allocs',
  summary: 'List the allocations of a job',
  usage: 'Usage: nomad job allocs [options] <job>',
  flags: [
    { name: 'json', kind: 'bool' },
    { name: 'all', kind: 'bool' },
    { name: 'verbose', kind: 'bool' },
  ],
  args: ['job'],
  run: async ({ args, flags, io, shell }) => {
    expectNomadArgs(args, 1, '<job>', 'job allocs');
    const jobId = args[0] ?? '';
    const allocations = await nomadCall('Error retrieving allocations: ', () =>
      listJobAllocations(jobId),
    );
    for (const allocation of allocations) {
      shell.knowledge.allocations.add(allocation.ID.slice(0, 8));
    }
    const text = flags.bool('json')
      ? JSON.stringify(allocations, null, 4)
      : formatAllocationList(allocations, Date.now());
    writeLines(io.write, text);
    return 0;
  },
};
