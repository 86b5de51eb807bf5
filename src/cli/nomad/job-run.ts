// `nomad job run FILE` as Nomad 1.9 prints it on a terminal: the eval
// monitor with RFC3339 stamps, then the deployment monitor's last frame
// (contract §6.1; command/monitor.go, command/deployment_status.go).
import { goQuote } from '../shared/go-value.ts';
import { formatDeployment } from './deployment.ts';
import { asAllocationMetric, formatAllocationMetrics } from './placement.ts';
import { formatNomadTime, shortId } from './time.ts';
import type {
  NomadAllocationStub,
  NomadDeployment,
  NomadEvaluation,
} from './types.ts';

export interface JobRunInput {
  /** The register answer's `Warnings` ('' or absent when none). */
  warnings?: string | undefined;
  /** The evaluation from the register answer, as last read. */
  evaluation: NomadEvaluation;
  /** GET /v1/evaluation/:id/allocations. */
  allocations: readonly NomadAllocationStub[];
  /** The evaluation's deployment as last read; none for batch jobs. */
  deployment?: NomadDeployment | null | undefined;
  /** When monitoring began (ms since the epoch). */
  now: number;
  /** When the evaluation was seen finished; defaults to `now`. */
  evaluationDoneAt?: number | undefined;
  /** When the deployment was last read; defaults to evaluationDoneAt. */
  deploymentCheckedAt?: number | undefined;
}

const finishedStatuses = new Set(['complete', 'failed', 'canceled']);

/** The whole terminal output of `nomad job run`. */
export function formatJobRun(input: JobRunInput): string {
  const { evaluation } = input;
  const start = formatNomadTime(input.now);
  const done = formatNomadTime(input.evaluationDoneAt ?? input.now);
  const lines: string[] = [];
  if (input.warnings) lines.push('Job Warnings:', input.warnings, '');
  lines.push(`==> ${start}: Monitoring evaluation "${shortId(evaluation.ID)}"`);
  if (evaluation.NodeID) {
    lines.push(
      `    ${start}: Evaluation triggered by node ` +
        `"${shortId(evaluation.NodeID)}"`,
    );
  }
  if (evaluation.JobID) {
    lines.push(
      `    ${start}: Evaluation triggered by job ${goQuote(evaluation.JobID)}`,
    );
  }
  if (evaluation.DeploymentID) {
    lines.push(
      `    ${done}: Evaluation within deployment: ` +
        `"${shortId(evaluation.DeploymentID)}"`,
    );
  }
  lines.push(...allocationLines(input, done));
  if (evaluation.Status !== 'pending') {
    lines.push(
      `    ${done}: Evaluation status changed: "pending" -> ` +
        goQuote(evaluation.Status),
    );
  }
  if (!finishedStatuses.has(evaluation.Status)) return lines.join('\n');
  lines.push(...finishLines(evaluation, done));
  if (input.deployment && evaluation.DeploymentID) {
    const checkedAt =
      input.deploymentCheckedAt ?? input.evaluationDoneAt ?? input.now;
    lines.push(...deploymentLines(input.deployment, done, checkedAt));
  }
  return lines.join('\n');
}

/** 2 when allocations could not be placed, 1 for a failed deployment. */
export function jobRunExitCode(input: JobRunInput): number {
  if (failedGroups(input.evaluation).length > 0) return 2;
  return input.deployment?.Status === 'failed' ? 1 : 0;
}

function allocationLines(input: JobRunInput, at: string): string[] {
  const evaluationIndex = input.evaluation.CreateIndex ?? 0;
  return input.allocations.flatMap((allocation) => {
    const id = shortId(allocation.ID);
    const where =
      `node "${shortId(allocation.NodeID)}", ` +
      `group ${goQuote(allocation.TaskGroup)}`;
    if ((allocation.CreateIndex ?? evaluationIndex) < evaluationIndex) {
      return [`    ${at}: Allocation "${id}" modified: ${where}`];
    }
    if (allocation.DesiredStatus === 'run') {
      return [`    ${at}: Allocation "${id}" created: ${where}`];
    }
    return [];
  });
}

function failedGroups(evaluation: NomadEvaluation): string[] {
  return Object.keys(evaluation.FailedTGAllocs ?? {}).sort();
}

function finishLines(evaluation: NomadEvaluation, at: string): string[] {
  const id = shortId(evaluation.ID);
  const status = goQuote(evaluation.Status);
  const groups = failedGroups(evaluation);
  if (groups.length === 0) {
    return [`==> ${at}: Evaluation "${id}" finished with status ${status}`];
  }
  const lines = [
    `==> ${at}: Evaluation "${id}" finished with status ${status} ` +
      'but failed to place all allocations:',
  ];
  for (const group of groups) {
    const metric = asAllocationMetric(evaluation.FailedTGAllocs?.[group]);
    const count = (metric.CoalescedFailures ?? 0) + 1;
    const noun = count > 1 ? 'allocations' : 'allocation';
    lines.push(
      `    ${at}: Task Group ${goQuote(group)} ` +
        `(failed to place ${count} ${noun}):`,
      ...formatAllocationMetrics(metric, '  ')
        .split('\n')
        .map((line) => `    ${line}`),
    );
  }
  if (evaluation.BlockedEval) {
    lines.push(
      `    ${at}: Evaluation "${shortId(evaluation.BlockedEval)}" ` +
        'waiting for additional capacity to place remainder',
    );
  }
  return lines;
}

function deploymentLines(
  deployment: NomadDeployment,
  at: string,
  checkedAt: number,
): string[] {
  const id = shortId(deployment.ID);
  const block = [formatNomadTime(checkedAt), formatDeployment(deployment)]
    .join('\n')
    .split('\n')
    .map((line) => (line === '' ? '' : `    ${line}`));
  return [
    `==> ${at}: Monitoring deployment "${id}"`,
    `  ${deploymentMark(deployment)}`,
    '',
    ...block,
  ];
}

/** The line that replaces the spinner once the deployment settles. */
function deploymentMark(deployment: NomadDeployment): string {
  const id = shortId(deployment.ID);
  switch (deployment.Status) {
    case 'successful':
      return `✓ Deployment "${id}" successful`;
    case 'failed':
    case 'cancelled':
    case 'blocked':
      return `! Deployment "${id}" ${deployment.Status}`;
    default:
      return `⠦ Deployment "${id}" in progress...`;
  }
}

/** `nomad job run -detach FILE`. */
export function formatJobRunDetached(evaluationId: string): string {
  return `Job registration successful\nEvaluation ID: ${evaluationId}`;
}
