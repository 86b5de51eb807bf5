// `nomad job status JOB` as Nomad 1.9 prints it (contract §6.2;
// command/job_status.go).
import { formatKV, formatList, type NomadRow } from './columns.ts';
import { formatDeployment } from './deployment.ts';
import { asAllocationMetric, formatAllocationMetrics } from './placement.ts';
import { formatNanoTime, prettyNanoDiff, shortId } from './time.ts';
import type {
  NomadAllocationStub,
  NomadDeployment,
  NomadEvaluation,
  NomadJob,
  NomadJobSummary,
} from './types.ts';

export interface JobStatusInput {
  job: NomadJob;
  /** GET /v1/job/:id/summary; the Summary section needs it. */
  summary?: NomadJobSummary | null | undefined;
  allocations: readonly NomadAllocationStub[];
  /** GET /v1/job/:id/deployment (null when none). */
  latestDeployment?: NomadDeployment | null | undefined;
  /** GET /v1/job/:id/evaluations, for the Placement Failure section. */
  evaluations?: readonly NomadEvaluation[] | undefined;
  /** For the relative Created/Modified times (ms since the epoch). */
  now: number;
}

/** Header block, Summary, Placement Failure, Latest Deployment, Allocations. */
export function formatJobStatus(input: JobStatusInput): string {
  const { job } = input;
  const isPeriodic = job.Periodic !== null && job.Periodic !== undefined;
  const isParameterized =
    job.ParameterizedJob !== null && job.ParameterizedJob !== undefined;
  const sections = [formatKV(jobRows(job, isPeriodic, isParameterized))];
  if (input.summary && !isPeriodic && !isParameterized) {
    sections.push(`\nSummary\n${formatSummary(input.summary)}`);
  }
  const failure = placementFailure(input.evaluations ?? []);
  if (failure !== '') sections.push(`\nPlacement Failure\n${failure}`);
  if (input.latestDeployment) {
    const deployment = formatDeployment(input.latestDeployment, {
      isBrief: true,
    });
    sections.push(`\nLatest Deployment\n${deployment}`);
  }
  const allocations = formatAllocationList(input.allocations, input.now);
  sections.push(`\nAllocations\n${allocations}`);
  return sections.join('\n');
}

function jobRows(
  job: NomadJob,
  isPeriodic: boolean,
  isParameterized: boolean,
): NomadRow[] {
  const status = job.Status ?? '';
  const rows: NomadRow[] = [
    ['ID', job.ID],
    ['Name', job.Name ?? job.ID],
  ];
  if (typeof job.SubmitTime === 'number') {
    rows.push(['Submit Date', formatNanoTime(job.SubmitTime)]);
  }
  rows.push(
    ['Type', job.Type ?? ''],
    ['Priority', String(job.Priority ?? 0)],
    ['Datacenters', (job.Datacenters ?? []).join(',')],
    ['Namespace', job.Namespace ?? 'default'],
    ['Node Pool', job.NodePool ?? 'default'],
    ['Status', job.Stop ? `${status} (stopped)` : status],
    ['Periodic', String(isPeriodic)],
    ['Parameterized', String(isParameterized)],
  );
  return rows;
}

function formatSummary(summary: NomadJobSummary): string {
  const header = [
    'Task Group',
    'Queued',
    'Starting',
    'Running',
    'Failed',
    'Complete',
    'Lost',
    'Unknown',
  ];
  const rows = Object.keys(summary.Summary)
    .sort()
    .map((group) => {
      const counts = summary.Summary[group] ?? {};
      const values = [
        counts.Queued,
        counts.Starting,
        counts.Running,
        counts.Failed,
        counts.Complete,
        counts.Lost,
        counts.Unknown,
      ];
      return [group, ...values.map((count) => String(count ?? 0))];
    });
  return formatList([header, ...rows]);
}

/** Shown while a blocked eval waits, from the newest eval that failed. */
function placementFailure(evaluations: readonly NomadEvaluation[]): string {
  if (!evaluations.some((evaluation) => evaluation.Status === 'blocked')) {
    return '';
  }
  const failed = evaluations
    .filter((evaluation) => Object.keys(evaluation.FailedTGAllocs ?? {}).length)
    .sort((a, b) => (b.CreateIndex ?? 0) - (a.CreateIndex ?? 0))[0];
  if (!failed) return '';
  const groups = Object.keys(failed.FailedTGAllocs ?? {}).sort();
  return groups
    .map((group) => {
      const metric = asAllocationMetric(failed.FailedTGAllocs?.[group]);
      return `Task Group "${group}":\n${formatAllocationMetrics(metric)}`;
    })
    .join('\n\n');
}

/** The Allocations table, or `No allocations placed`. */
export function formatAllocationList(
  allocations: readonly NomadAllocationStub[],
  now: number,
): string {
  if (allocations.length === 0) return 'No allocations placed';
  const header = [
    'ID',
    'Node ID',
    'Task Group',
    'Version',
    'Desired',
    'Status',
    'Created',
    'Modified',
  ];
  const rows = allocations.map((allocation) => [
    shortId(allocation.ID),
    shortId(allocation.NodeID),
    allocation.TaskGroup,
    String(allocation.JobVersion ?? 0),
    allocation.DesiredStatus,
    allocation.ClientStatus,
    prettyNanoDiff(allocation.CreateTime, now),
    prettyNanoDiff(allocation.ModifyTime, now),
  ]);
  return formatList([header, ...rows]);
}
