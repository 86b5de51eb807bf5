// The shared body of steps 8 and 14: run the jobspec, then echo
// `nomad job run` and `nomad status` as the CLI prints them.
import { isApiError } from '../api/errors.ts';
import {
  listJobAllocations,
  listJobDeployments,
  listJobEvaluations,
  readJob,
  readJobSummary,
} from '../api/nomad/jobs.ts';
import type { Allocation } from '../api/nomad/schemas.ts';
import { runJob, type JobRun } from './job-runner.ts';
import { nomadOutput } from './transcript.ts';
import type { StepContext } from './types.ts';

export interface JobStepOptions {
  jobId: string;
  fileName: string;
  inspectPending?: (allocation: Allocation) => Promise<void>;
}

export async function runJobStep(
  ctx: StepContext,
  options: JobStepOptions,
): Promise<JobRun> {
  const command = `nomad job run ${options.fileName}`;
  let run: JobRun;
  try {
    run = await runJob({
      jobId: options.jobId,
      jobHcl: ctx.file(options.fileName),
      ...(options.inspectPending
        ? { inspectPending: options.inspectPending }
        : {}),
    });
  } catch (error) {
    if (isApiError(error) && error.kind === 'upstream') {
      const output = nomadOutput.jobRunError(options.fileName, error);
      ctx.emit({ command, output, isError: true });
    }
    throw error;
  }
  ctx.emit({ command, output: nomadOutput.jobRun(run) });
  await emitJobStatus(ctx, options.jobId);
  return run;
}

/** `nomad status <job>` from the job, its summary, allocations, evals. */
export async function emitJobStatus(
  ctx: StepContext,
  jobId: string,
): Promise<void> {
  const [job, summary, allocations, evaluations, deployments] =
    await Promise.all([
      readJob(jobId),
      readJobSummary(jobId),
      listJobAllocations(jobId),
      listJobEvaluations(jobId),
      listJobDeployments(jobId),
    ]);
  ctx.emit({
    command: `nomad status ${jobId}`,
    output: nomadOutput.jobStatus({
      job,
      summary,
      allocations,
      evaluations,
      deployment: deployments[0],
    }),
  });
}
