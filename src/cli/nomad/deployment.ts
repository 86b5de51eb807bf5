// A deployment as `nomad job run` and `nomad job status` describe it
// (command/deployment_status.go).
import { formatKV, formatList, type NomadRow } from './columns.ts';
import { formatTextTime, shortId } from './time.ts';
import type { NomadDeployment, NomadDeploymentGroup } from './types.ts';

/**
 * The deployment's `key = value` block, then a blank line, `Deployed`
 * and the task group table. `isBrief` is job status's three-line form.
 */
export function formatDeployment(
  deployment: NomadDeployment,
  options: { isBrief?: boolean } = {},
): string {
  const rows: NomadRow[] = options.isBrief
    ? [['ID', shortId(deployment.ID)]]
    : [
        ['ID', shortId(deployment.ID)],
        ['Job ID', deployment.JobID],
        ['Job Version', String(deployment.JobVersion ?? 0)],
      ];
  rows.push(
    ['Status', deployment.Status],
    ['Description', deployment.StatusDescription],
  );
  const base = formatKV(rows);
  const groups = Object.keys(deployment.TaskGroups ?? {});
  if (groups.length === 0) return base;
  return `${base}\n\nDeployed\n${formatDeploymentGroups(deployment)}`;
}

/** `Task Group  Desired  Placed  Healthy  Unhealthy  Progress Deadline`. */
export function formatDeploymentGroups(deployment: NomadDeployment): string {
  const groups = deployment.TaskGroups ?? {};
  const names = Object.keys(groups).sort();
  const states = names.map((name) => groups[name] ?? {});
  const hasAutoRevert = states.some((state) => state.AutoRevert);
  const hasCanaries = states.some((state) => (state.DesiredCanaries ?? 0) > 0);
  const hasDeadline = states.some((state) => (state.ProgressDeadline ?? 0) > 0);
  const header = ['Task Group'];
  if (hasAutoRevert) header.push('Auto Revert');
  if (hasCanaries) header.push('Promoted');
  header.push('Desired');
  if (hasCanaries) header.push('Canaries');
  header.push('Placed', 'Healthy', 'Unhealthy');
  if (hasDeadline) header.push('Progress Deadline');
  const rows = names.map((name, index) => {
    const state: NomadDeploymentGroup = states[index] ?? {};
    const row = [name];
    if (hasAutoRevert) row.push(String(state.AutoRevert ?? false));
    if (hasCanaries) {
      const hasOwnCanaries = (state.DesiredCanaries ?? 0) > 0;
      row.push(hasOwnCanaries ? String(state.Promoted ?? false) : 'N/A');
    }
    row.push(String(state.DesiredTotal ?? 0));
    if (hasCanaries) row.push(String(state.DesiredCanaries ?? 0));
    row.push(
      String(state.PlacedAllocs ?? 0),
      String(state.HealthyAllocs ?? 0),
      String(state.UnhealthyAllocs ?? 0),
    );
    if (hasDeadline) {
      row.push(formatTextTime(state.RequireProgressBy) || 'N/A');
    }
    return row;
  });
  return formatList([header, ...rows]);
}
