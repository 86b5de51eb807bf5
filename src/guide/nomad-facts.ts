// Facts the steps read out of Nomad's answers: events, placements,
// addresses, and the Vault paths a template waits for.
import type {
  Allocation,
  AllocationStub,
  Evaluation,
  TaskEvent,
} from '../api/nomad/schemas.ts';

function eventsOf(allocation: AllocationStub): TaskEvent[] {
  return Object.values(allocation.TaskStates ?? {}).flatMap(
    (state) => state.Events ?? [],
  );
}

/** `Type: message` per task event, oldest first. */
export function describeEvents(allocation: AllocationStub): string[] {
  return eventsOf(allocation).map((event) => {
    const text = event.DisplayMessage || event.Message || '';
    return text ? `${event.Type}: ${text}` : event.Type;
  });
}

/** Vault paths the task's templates report as missing (case C6). */
export function missingVaultPaths(allocation: AllocationStub): string[] {
  const paths = new Set<string>();
  for (const event of eventsOf(allocation)) {
    const text = `${event.DisplayMessage ?? ''} ${event.Message ?? ''}`;
    for (const match of text.matchAll(/vault\.read\(([^)]+)\)/g)) {
      if (match[1] && /Missing:/.test(text)) paths.add(match[1]);
    }
  }
  return [...paths];
}

/** Placement failures of an evaluation, one line per reason. */
export function failedPlacements(evaluation: Evaluation): string[] {
  const failed = evaluation.FailedTGAllocs ?? {};
  return Object.entries(failed).flatMap(([group, metric]) => {
    const lines = [`Task group "${group}" could not be placed.`];
    if (typeof metric !== 'object' || metric === null) return lines;
    const { ConstraintFiltered, DimensionExhausted } = metric as Record<
      string,
      unknown
    >;
    for (const reasons of [ConstraintFiltered, DimensionExhausted]) {
      if (typeof reasons === 'object' && reasons !== null) {
        for (const [reason, count] of Object.entries(reasons)) {
          lines.push(`${reason}: ${String(count)} nodes excluded.`);
        }
      }
    }
    return lines;
  });
}

/** Host address and port Nomad gave the allocation's port `label`. */
export function allocationAddress(
  allocation: Allocation,
  label: string,
): { ip: string; port: number } | undefined {
  const ports = allocation.AllocatedResources?.Shared.Ports ?? [];
  const port = ports.find((candidate) => candidate.Label === label);
  if (!port) return undefined;
  return { ip: port.HostIP || '127.0.0.1', port: port.Value };
}

/** The quoted paths of a Vault policy's `path "…" {` blocks. */
export function policyPaths(policyHcl: string): string[] {
  return [...policyHcl.matchAll(/^\s*path\s+"([^"]+)"/gm)].map(
    (match) => match[1] ?? '',
  );
}

/** Whether a policy path (exact, or a `*` prefix) covers `path`. */
export function policyCovers(policyPath: string, path: string): boolean {
  return policyPath.endsWith('*')
    ? path.startsWith(policyPath.slice(0, -1))
    : policyPath === path;
}
