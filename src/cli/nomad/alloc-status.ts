// `nomad alloc status ALLOC` as Nomad 1.9 prints it (contract §6.3).
import { goQuote } from '../shared/go-value.ts';
import { formatKV, formatList, type NomadRow } from './columns.ts';
import { formatTaskEvents } from './task-events.ts';
import { formatTaskResources, type TaskUsage } from './task-resources.ts';
import { prettyNanoDiff, shortId } from './time.ts';
import type { NomadAllocation } from './types.ts';

export interface AllocStatusOptions {
  /** For the relative Created/Modified times (ms since the epoch). */
  now: number;
  /** Live usage per task from the client's stats endpoint, if read. */
  usage?: Readonly<Record<string, TaskUsage>> | undefined;
  /** Why the stats could not be read; printed as the CLI does. */
  statsError?: string | undefined;
}

/** Basic facts, addresses, then each task's resources and events. */
export function formatAllocStatus(
  allocation: NomadAllocation,
  options: AllocStatusOptions,
): string {
  const parts = [formatKV(basicRows(allocation, options.now))];
  const addresses = formatAllocationAddresses(allocation);
  if (addresses !== '') parts.push('', addresses);
  if (options.statsError !== undefined) {
    parts.push('', `Couldn't retrieve stats: ${options.statsError}`);
  }
  const tasks = Object.keys(allocation.TaskStates ?? {}).sort();
  for (const task of tasks) {
    const state = allocation.TaskStates?.[task];
    if (!state) continue;
    parts.push('', `Task ${goQuote(task)} is ${goQuote(state.State)}`);
    const resources = formatTaskResources(
      allocation,
      task,
      options.usage?.[task],
    );
    if (resources !== '') parts.push(resources);
    parts.push('', formatTaskEvents(state));
  }
  return parts.join('\n');
}

function basicRows(allocation: NomadAllocation, now: number): NomadRow[] {
  const version = allocation.Job?.Version ?? allocation.JobVersion ?? 0;
  const rows: NomadRow[] = [
    ['ID', allocation.ID],
    ['Eval ID', shortId(allocation.EvalID ?? '')],
    ['Name', allocation.Name ?? ''],
    ['Node ID', shortId(allocation.NodeID)],
    ['Node Name', allocation.NodeName ?? ''],
    ['Job ID', allocation.JobID ?? ''],
    ['Job Version', String(version)],
    ['Client Status', allocation.ClientStatus],
    ['Client Description', allocation.ClientDescription ?? ''],
    ['Desired Status', allocation.DesiredStatus],
    ['Desired Description', allocation.DesiredDescription ?? ''],
    ['Created', prettyNanoDiff(allocation.CreateTime, now)],
    ['Modified', prettyNanoDiff(allocation.ModifyTime, now)],
  ];
  if (allocation.DeploymentID) {
    rows.push(
      ['Deployment ID', shortId(allocation.DeploymentID)],
      ['Deployment Health', deploymentHealth(allocation)],
    );
    if (allocation.DeploymentStatus?.Canary) rows.push(['Canary', 'true']);
  }
  return rows;
}

function deploymentHealth(allocation: NomadAllocation): string {
  const healthy = allocation.DeploymentStatus?.Healthy;
  if (healthy === null || healthy === undefined) return 'unset';
  return healthy ? 'healthy' : 'unhealthy';
}

/**
 * Only for group networks with ports; task-level (legacy) networks show
 * their address in the Task Resources table instead.
 */
export function formatAllocationAddresses(allocation: NomadAllocation): string {
  const shared = allocation.AllocatedResources?.Shared;
  const network = shared?.Networks?.[0];
  if (!network) return '';
  const networkPorts = [
    ...(network.DynamicPorts ?? []),
    ...(network.ReservedPorts ?? []),
  ];
  if (networkPorts.length === 0) return '';
  const ports = shared.Ports?.length ? shared.Ports : networkPorts;
  const rows = ports.map((port) => {
    const to = (port.To ?? 0) > 0 ? ` -> ${port.To}` : '';
    const host = port.HostIP ?? network.IP ?? '';
    return [`*${port.Label}`, 'yes', `${host}:${port.Value}${to}`];
  });
  const mode = network.Mode ? ` (mode = ${goQuote(network.Mode)})` : '';
  const table = formatList([['Label', 'Dynamic', 'Address'], ...rows]);
  return `Allocation Addresses${mode}:\n${table}`;
}
