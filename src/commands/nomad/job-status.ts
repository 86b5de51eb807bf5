// `nomad job status [JOB]` (alias `nomad status`): the job list, or one
// job with its summary, deployment and allocations (contract §6.2).
import { z } from 'zod';

import {
  listJobAllocations,
  listJobDeployments,
  listJobEvaluations,
  readJob,
  readJobSummary,
} from '../../api/nomad/jobs.ts';
import type { Deployment } from '../../api/nomad/schemas.ts';
import { formatJobStatus, formatNoJob } from '../../cli/index.ts';
import { formatList } from '../../cli/nomad/columns.ts';
import { formatNanoTime } from '../../cli/index.ts';
import {
  CliFailure,
  EXIT_USAGE,
  writeLines,
  type CommandNode,
  type Invocation,
} from '../command.ts';
import { expectNomadArgs, nomadCall, nomadRequest } from './client.ts';

const jobStubSchema = z.looseObject({
  ID: z.string(),
  Type: z.string(),
  Priority: z.number(),
  Status: z.string(),
  Stop: z.boolean().optional(),
  SubmitTime: z.number().optional(),
});
type JobStub = z.infer<typeof jobStubSchema>;

/** GET /v1/jobs, optionally by ID prefix. */
export function listJobs(prefix = ''): Promise<JobStub[]> {
  const query = prefix ? `?prefix=${encodeURIComponent(prefix)}` : '';
  return nomadRequest('GET', `/v1/jobs${query}`, z.array(jobStubSchema));
}

function formatJobList(jobs: readonly JobStub[]): string {
  const rows = jobs.map((job) => [
    job.ID,
    job.Type,
    String(job.Priority),
    job.Stop ? `${job.Status} (stopped)` : job.Status,
    job.SubmitTime ? formatNanoTime(job.SubmitTime) : '',
  ]);
  return formatList([
    ['ID', 'Type', 'Priority', 'Status', 'Submit Date'],
    ...rows,
  ]);
}

/** The one job a prefix names, or the CLI's complaint. */
export async function resolveJob(prefix: string): Promise<string> {
  const jobs = await nomadCall('Error querying job prefix: ', () =>
    listJobs(prefix),
  );
  const exact = jobs.find((job) => job.ID === prefix);
  if (exact) return exact.ID;
  const [only] = jobs;
  if (jobs.length === 1 && only) return only.ID;
  if (jobs.length === 0) throw new CliFailure(formatNoJob(prefix), EXIT_USAGE);
  throw new CliFailure(
    `Prefix matched multiple jobs\n\n${formatJobList(jobs)}`,
    EXIT_USAGE,
  );
}

async function printJobList(invocation: Invocation): Promise<number> {
  const jobs = await nomadCall('Error querying jobs: ', () => listJobs());
  jobs.forEach((job) => invocation.shell.knowledge.jobs.add(job.ID));
  const text = jobs.length === 0 ? 'No running jobs' : formatJobList(jobs);
  writeLines(invocation.io.write, text);
  return 0;
}

export const jobStatus: CommandNode = {
  name: 'status',
  summary: 'Show a job with its allocations, or list the jobs',
  usage: 'Usage: nomad job status [options] <job>',
  flags: [
    { name: 'verbose', kind: 'bool' },
    { name: 'short', kind: 'bool' },
  ],
  args: ['job'],
  run: async (invocation) => {
    const { args, io, shell } = invocation;
    if (args.length === 0) return printJobList(invocation);
    expectNomadArgs(args, 1, '<job>', 'job status');
    const jobId = await resolveJob(args[0] ?? '');
    const [job, summary, allocations, evaluations, deployments] =
      await nomadCall('Error querying job: ', () =>
        Promise.all([
          readJob(jobId),
          readJobSummary(jobId),
          listJobAllocations(jobId),
          listJobEvaluations(jobId),
          listJobDeployments(jobId),
        ]),
      );
    shell.knowledge.jobs.add(jobId);
    allocations.forEach((allocation) =>
      shell.knowledge.allocations.add(allocation.ID.slice(0, 8)),
    );
    const text = formatJobStatus({
      job,
      summary,
      allocations,
      evaluations,
      latestDeployment: latest(deployments),
      now: Date.now(),
    });
    writeLines(io.write, text);
    return 0;
  },
};

/** The newest deployment (highest CreateIndex). */
function latest(deployments: Deployment[]): Deployment | undefined {
  const index = (deployment: Deployment) => {
    const value = deployment['CreateIndex'];
    return typeof value === 'number' ? value : 0;
  };
  return [...deployments].sort((a, b) => index(b) - index(a))[0];
}
