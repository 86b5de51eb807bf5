// Why the scheduler could not place a task group (formatAllocMetrics in
// the CLI). Go walks maps in random order; we sort for stable output.
import { goQuote } from '../shared/go-value.ts';
import type { NomadAllocationMetric } from './types.ts';

/** Reads an AllocMetric from loosely typed JSON. */
export function asAllocationMetric(value: unknown): NomadAllocationMetric {
  return value !== null && typeof value === 'object'
    ? (value as NomadAllocationMetric)
    : {};
}

/** `* Constraint "…": 1 nodes excluded by filter` lines, `prefix` first. */
export function formatAllocationMetrics(
  metric: NomadAllocationMetric,
  prefix = '  ',
): string {
  const lines: string[] = [];
  if ((metric.NodesEvaluated ?? 0) === 0) {
    lines.push('* No nodes were eligible for evaluation');
  }
  for (const [datacenter, count] of sorted(metric.NodesAvailable)) {
    if (count === 0) {
      lines.push(
        `* No nodes are available in datacenter ${goQuote(datacenter)}`,
      );
    }
  }
  for (const [nodeClass, count] of sorted(metric.ClassFiltered)) {
    lines.push(
      `* Class ${goQuote(nodeClass)}: ${count} nodes excluded by filter`,
    );
  }
  for (const [constraint, count] of sorted(metric.ConstraintFiltered)) {
    lines.push(
      `* Constraint ${goQuote(constraint)}: ${count} nodes excluded by filter`,
    );
  }
  if ((metric.NodesExhausted ?? 0) > 0) {
    lines.push(`* Resources exhausted on ${metric.NodesExhausted} nodes`);
  }
  for (const [nodeClass, count] of sorted(metric.ClassExhausted)) {
    lines.push(`* Class ${goQuote(nodeClass)} exhausted on ${count} nodes`);
  }
  for (const [dimension, count] of sorted(metric.DimensionExhausted)) {
    lines.push(`* Dimension ${goQuote(dimension)} exhausted on ${count} nodes`);
  }
  for (const dimension of metric.QuotaExhausted ?? []) {
    lines.push(`* Quota limit hit ${goQuote(dimension)}`);
  }
  return lines.map((line) => prefix + line).join('\n');
}

function sorted(
  counts: Readonly<Record<string, number>> | null | undefined,
): [string, number][] {
  return Object.entries(counts ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
}
