// What `nomad job run` / `job stop` wait for after submitting: the
// evaluation to finish, then the deployment to settle (bounded; Ctrl-C
// stops waiting, the job carries on).
import {
  listEvaluationAllocations,
  readEvaluation,
} from '../../api/nomad/allocations.ts';
import { listJobDeployments } from '../../api/nomad/jobs.ts';
import type {
  AllocationStub,
  Deployment,
  Evaluation,
} from '../../api/nomad/schemas.ts';

export interface MonitorSettings {
  intervalMs: number;
  /** How long to watch a deployment before printing its last state. */
  deploymentTimeoutMs: number;
}

const settings: MonitorSettings = {
  intervalMs: 1000,
  deploymentTimeoutMs: 600_000,
};

/** Changes how often and how long commands poll (tests go faster). */
export function configureMonitor(next: Partial<MonitorSettings>): void {
  Object.assign(settings, next);
}

export interface EvaluationOutcome {
  evaluation: Evaluation;
  doneAt: number;
  allocations: AllocationStub[];
}

const FINISHED = new Set(['complete', 'failed', 'canceled', 'blocked']);

export async function awaitEvaluation(
  evaluationId: string,
  signal: AbortSignal,
): Promise<EvaluationOutcome> {
  for (;;) {
    const evaluation = await readEvaluation(evaluationId);
    if (FINISHED.has(evaluation.Status)) {
      const allocations = await listEvaluationAllocations(evaluationId);
      return { evaluation, doneAt: Date.now(), allocations };
    }
    await sleep(settings.intervalMs, signal);
  }
}

const SETTLED = new Set(['successful', 'failed', 'cancelled', 'blocked']);

/** The evaluation's deployment once settled, or as last seen. */
export async function awaitDeployment(
  jobId: string,
  deploymentId: string,
  signal: AbortSignal,
): Promise<{ deployment: Deployment | undefined; checkedAt: number }> {
  const deadline = Date.now() + settings.deploymentTimeoutMs;
  for (;;) {
    const deployments = await listJobDeployments(jobId);
    const deployment = deployments.find((d) => d.ID === deploymentId);
    const checkedAt = Date.now();
    if (!deployment || SETTLED.has(deployment.Status)) {
      return { deployment, checkedAt };
    }
    if (checkedAt >= deadline) return { deployment, checkedAt };
    await sleep(settings.intervalMs, signal);
  }
}

/** Waits, or rejects with the signal's reason once Ctrl-C aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
