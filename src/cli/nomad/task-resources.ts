// The `Task Resources:` table of `nomad alloc status`: reserved CPU and
// memory (with live usage when known), disk, and task-level addresses.
import { formatListWithSpaces } from './columns.ts';
import { formatIBytes, formatMegabytes } from './bytes.ts';
import type { NomadAllocation, NomadTaskResources } from './types.ts';

/** Live usage of one task, from GET /v1/client/allocation/:id/stats. */
export interface TaskUsage {
  /** CPU in MHz (the stats' TotalTicks). */
  cpuTicks?: number | undefined;
  /** Resident memory in bytes. */
  memoryBytes?: number | undefined;
}

/** `Task Resources:` and its table; '' when the task has none. */
export function formatTaskResources(
  allocation: NomadAllocation,
  task: string,
  usage?: TaskUsage,
): string {
  const resources = taskResources(allocation, task);
  if (!resources) return '';
  const addresses = (resources.Networks ?? []).flatMap((network) =>
    [...(network.DynamicPorts ?? []), ...(network.ReservedPorts ?? [])].map(
      (port) => `${port.Label}: ${network.IP ?? ''}:${port.Value}`,
    ),
  );
  const cores = resources.Cores ?? 0;
  const cpuHeader = cores > 0 ? `CPU (${cores} cores)` : 'CPU';
  const cpu = String(resources.CPU ?? 0);
  const memoryMb = resources.MemoryMB ?? 0;
  const memory = formatMegabytes(memoryMb);
  const rows: string[][] = [
    [cpuHeader, 'Memory', 'Disk', 'Addresses'],
    [
      usage?.cpuTicks === undefined
        ? `${cpu} MHz`
        : `${Math.floor(usage.cpuTicks)}/${cpu} MHz`,
      usage?.memoryBytes === undefined
        ? memory
        : `${formatIBytes(usage.memoryBytes)}/${memory}`,
      formatMegabytes(diskMb(allocation)),
      addresses[0] ?? '',
    ],
  ];
  const maxMb = resources.MemoryMaxMB ?? 0;
  if (maxMb !== 0 && maxMb !== memoryMb) {
    rows.push(['', `Max: ${formatMegabytes(maxMb)}`, '']);
  }
  // The CLI puts further addresses one column too far right; so do we.
  for (const address of addresses.slice(1))
    rows.push(['', '', '', '', address]);
  return `Task Resources:\n${formatListWithSpaces(rows)}`;
}

function taskResources(
  allocation: NomadAllocation,
  task: string,
): NomadTaskResources | undefined {
  const legacy = allocation.TaskResources?.[task];
  if (legacy) return legacy;
  const allocated = allocation.AllocatedResources?.Tasks?.[task];
  if (!allocated) return undefined;
  return {
    CPU: allocated.Cpu?.CpuShares,
    MemoryMB: allocated.Memory?.MemoryMB,
    MemoryMaxMB: allocated.Memory?.MemoryMaxMB,
    Networks: allocated.Networks,
  };
}

function diskMb(allocation: NomadAllocation): number {
  return (
    allocation.Resources?.DiskMB ??
    allocation.AllocatedResources?.Shared?.DiskMB ??
    0
  );
}
