// `nomad job run` as the guide needs it: parse, register, then wait (a
// bounded time) until the allocation runs or shows why it cannot.
import {
  listEvaluationAllocations,
  readAllocation,
  readEvaluation,
} from '../api/nomad/allocations.ts';
import { isApiError, orNotFound } from '../api/errors.ts';
import {
  listJobAllocations,
  listJobDeployments,
  listJobEvaluations,
  parseJob,
  readJob,
  registerJob,
  type ParsedJob,
} from '../api/nomad/jobs.ts';
import type {
  Allocation,
  AllocationStub,
  Deployment,
  Evaluation,
  RegisterResponse,
} from '../api/nomad/schemas.ts';
import { describeEvents, failedPlacements } from './nomad-facts.ts';
import { StepError } from './step-error.ts';

export interface PollSettings {
  intervalMs: number;
  timeoutMs: number;
}

const polling: PollSettings = { intervalMs: 1000, timeoutMs: 180_000 };

/** Changes how often and how long job runs wait (tests go faster). */
export function configurePolling(next: Partial<PollSettings>): void {
  Object.assign(polling, next);
}

export interface JobRun {
  /** Milliseconds since the epoch, for the monitor's timestamps. */
  startedAt: number;
  evaluationDoneAt: number;
  register: RegisterResponse;
  evaluation: Evaluation;
  /** Allocations the evaluation placed (or the job's live ones). */
  allocations: AllocationStub[];
  allocation: Allocation;
  deployment: Deployment | undefined;
}

export interface JobRunOptions {
  jobId: string;
  jobHcl: string;
  /** Called while the allocation is pending; may throw a StepError. */
  inspectPending?: (allocation: Allocation) => Promise<void>;
}

/** Submits the jobspec and waits for one running allocation. */
export async function runJob(options: JobRunOptions): Promise<JobRun> {
  const parsed = await parseJob(options.jobHcl);
  const startedAt = Date.now();
  const register = await registerOnce(options.jobId, parsed);
  const evaluation = await settleEvaluation(register.EvalID);
  const evaluationDoneAt = Date.now();
  const placed = await listEvaluationAllocations(evaluation.ID);
  const allocations =
    placed.length > 0
      ? placed
      : (await listJobAllocations(options.jobId)).filter(isLive);
  const first = allocations[0];
  if (!first) {
    throw new StepError(
      'allocation-failed',
      `Nomad placed no allocation for ${options.jobId}.`,
      { details: failedPlacements(evaluation) },
    );
  }
  const allocation = await settleAllocation(first.ID, options);
  const deployments = await listJobDeployments(options.jobId);
  const deployment =
    deployments.find((d) => d.ID === evaluation.DeploymentID) ?? deployments[0];
  return {
    startedAt,
    evaluationDoneAt,
    register,
    evaluation,
    allocations,
    allocation,
    deployment,
  };
}

// F17: a submit that timed out may still have registered the job. The
// jobspec sent then is kept so the next run asks Nomad before sending it.
const unsureSubmits = new Map<string, string>();

/** Registers the job, unless a timed-out submit of it already did. */
async function registerOnce(
  jobId: string,
  parsed: ParsedJob,
): Promise<RegisterResponse> {
  const spec = JSON.stringify(parsed);
  if (unsureSubmits.get(jobId) === spec) {
    const earlier = await findRegistration(jobId);
    if (earlier) {
      unsureSubmits.delete(jobId);
      return earlier;
    }
  }
  try {
    const register = await registerJob(parsed);
    unsureSubmits.delete(jobId);
    return register;
  } catch (error) {
    if (isApiError(error) && error.kind === 'timeout') {
      unsureSubmits.set(jobId, spec);
    }
    throw error;
  }
}

/** The job's newest evaluation, as if it had just been registered. */
async function findRegistration(
  jobId: string,
): Promise<RegisterResponse | undefined> {
  const job = await orNotFound(readJob(jobId));
  if (!job || job.Stop === true) return undefined;
  const evaluations = await listJobEvaluations(jobId);
  const newest = evaluations.reduce<Evaluation | undefined>(
    (best, e) => (best && indexOf(best) >= indexOf(e) ? best : e),
    undefined,
  );
  if (!newest) return undefined;
  const jobModifyIndex = job['JobModifyIndex'];
  return {
    EvalID: newest.ID,
    JobModifyIndex: typeof jobModifyIndex === 'number' ? jobModifyIndex : 0,
  };
}

function indexOf(evaluation: Evaluation): number {
  const index = evaluation['CreateIndex'];
  return typeof index === 'number' ? index : 0;
}

async function settleEvaluation(evaluationId: string): Promise<Evaluation> {
  return poll(`evaluation ${evaluationId.slice(0, 8)}`, async () => {
    const evaluation = await readEvaluation(evaluationId);
    if (evaluation.Status === 'pending') return undefined;
    const failures = failedPlacements(evaluation);
    if (failures.length > 0) {
      throw new StepError(
        'allocation-failed',
        `Nomad could not place the job: ${failures.join(' ')}`,
        { details: failures },
      );
    }
    return evaluation;
  });
}

async function settleAllocation(
  allocationId: string,
  options: JobRunOptions,
): Promise<Allocation> {
  return poll(`allocation ${allocationId.slice(0, 8)}`, async () => {
    const allocation = await readAllocation(allocationId);
    if (allocation.ClientStatus === 'running') return allocation;
    if (['failed', 'lost', 'complete'].includes(allocation.ClientStatus)) {
      const events = describeEvents(allocation);
      throw new StepError(
        'allocation-failed',
        `Allocation ${allocationId.slice(0, 8)} of ${allocation.JobID} is ` +
          `${allocation.ClientStatus}. Its task events: ${events.join(' | ')}`,
        { details: events },
      );
    }
    await options.inspectPending?.(allocation);
    return undefined;
  });
}

async function poll<T>(
  what: string,
  attempt: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + polling.timeoutMs;
  // Ask again soon at first (a lab settles in moments), then back off.
  let delay = Math.min(200, polling.intervalMs);
  for (;;) {
    const result = await attempt();
    if (result !== undefined) return result;
    if (Date.now() >= deadline) {
      const seconds = Math.round(polling.timeoutMs / 1000);
      throw new StepError(
        'allocation-slow',
        `The ${what} was still not ready after ${seconds} s. Nomad may ` +
          'still be pulling the image; run the step again to keep waiting.',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 1.5, polling.intervalMs);
  }
}

function isLive(allocation: AllocationStub): boolean {
  return (
    allocation.DesiredStatus === 'run' &&
    ['pending', 'running'].includes(allocation.ClientStatus)
  );
}
