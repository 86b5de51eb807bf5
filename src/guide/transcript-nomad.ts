// The nomad half of the terminal echo, through src/cli's formatters.
import type { ApiError } from '../api/errors.ts';
import type {
  Allocation,
  AllocationStub,
  Deployment,
  Evaluation,
  Job,
  JobSummary,
} from '../api/nomad/schemas.ts';
import { formatAllocStatus } from '../cli/nomad/alloc-status.ts';
import { formatJobRun } from '../cli/nomad/job-run.ts';
import { formatJobStatus } from '../cli/nomad/job-status.ts';
import type { JobRun } from './job-runner.ts';

export interface JobStatusFacts {
  job: Job;
  summary: JobSummary;
  allocations: AllocationStub[];
  evaluations: Evaluation[];
  deployment: Deployment | undefined;
}

export const nomadOutput = {
  jobRun: (run: JobRun) =>
    formatJobRun({
      warnings: run.register.Warnings,
      evaluation: run.evaluation,
      allocations: run.allocations,
      deployment: run.deployment,
      now: run.startedAt,
      evaluationDoneAt: run.evaluationDoneAt,
    }),
  jobStatus: (facts: JobStatusFacts) =>
    formatJobStatus({
      job: facts.job,
      summary: facts.summary,
      allocations: facts.allocations,
      evaluations: facts.evaluations,
      latestDeployment: facts.deployment,
      now: Date.now(),
    }),
  allocStatus: (allocation: Allocation) =>
    formatAllocStatus(allocation, { now: Date.now() }),
  /**
   * `nomad job run FILE` refused: a parse error as the CLI's local parser
   * words it, anything else as the register call's error.
   */
  jobRunError: (fileName: string, error: ApiError) => {
    const body = error.errors.join('\n');
    if (error.path === '/v1/jobs/parse') {
      const diagnostic = body
        .replace(/^Failed to parse job: /, '')
        .replaceAll('input.hcl:', `${fileName}:`);
      return (
        'Error getting job struct: Error parsing job file from ' +
        `${fileName}:\n${diagnostic}`
      );
    }
    return (
      'Error submitting job: Unexpected response code: ' +
      `${error.status} (${body})`
    );
  },
};
