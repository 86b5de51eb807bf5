// `nomad job plan` output: the diff outline, the scheduler dry-run and
// the check-index hint (contract §6.4). Field-level diffs are left out.
import { z } from 'zod';

import {
  asAllocationMetric,
  formatAllocationMetrics,
} from '../../cli/nomad/placement.ts';

const objectDiffSchema = z.looseObject({
  Type: z.string(),
  Name: z.string().optional(),
  Annotations: z.array(z.string()).nullable().optional(),
});

const groupDiffSchema = objectDiffSchema.extend({
  Tasks: z.array(objectDiffSchema).nullable().optional(),
});

export const planSchema = z.looseObject({
  Annotations: z
    .looseObject({
      DesiredTGUpdates: z
        .record(z.string(), z.record(z.string(), z.number()))
        .nullable()
        .optional(),
    })
    .nullable()
    .optional(),
  FailedTGAllocs: z.record(z.string(), z.unknown()).nullable().optional(),
  JobModifyIndex: z.number(),
  Diff: z
    .looseObject({
      Type: z.string(),
      ID: z.string().optional(),
      TaskGroups: z.array(groupDiffSchema).nullable().optional(),
    })
    .nullable()
    .optional(),
  Warnings: z.string().optional(),
});

export type PlanAnswer = z.infer<typeof planSchema>;

const MARKS: Record<string, string> = {
  Added: '+ ',
  Deleted: '- ',
  Edited: '+/- ',
  None: '',
};

// The scheduler's update kinds, in the order the CLI lists them.
const UPDATE_WORDS: [string, string][] = [
  ['Place', 'create'],
  ['Stop', 'destroy'],
  ['Migrate', 'migrate'],
  ['InPlaceUpdate', 'in-place update'],
  ['DestructiveUpdate', 'create/destroy update'],
  ['Canary', 'canary'],
  ['Ignore', 'ignore'],
];

export function formatPlan(
  plan: PlanAnswer,
  jobId: string,
  fileName: string,
): string {
  const lines: string[] = [];
  const diff = plan.Diff;
  lines.push(`${MARKS[diff?.Type ?? 'None'] ?? ''}Job: "${jobId}"`);
  for (const group of diff?.TaskGroups ?? []) {
    const counts = updateCounts(plan, group.Name ?? '');
    lines.push(
      `${MARKS[group.Type] ?? ''}Task Group: "${group.Name ?? ''}"${counts}`,
    );
    for (const task of group.Tasks ?? []) {
      const notes = task.Annotations?.length
        ? ` (${task.Annotations.join(', ')})`
        : '';
      lines.push(
        `  ${MARKS[task.Type] ?? ''}Task: "${task.Name ?? ''}"${notes}`,
      );
    }
  }
  lines.push('', 'Scheduler dry-run:', ...dryRun(plan));
  if (plan.Warnings) lines.push('', 'Job Warnings:', plan.Warnings);
  lines.push(
    '',
    `Job Modify Index: ${plan.JobModifyIndex}`,
    'To submit the job with version verification run:',
    '',
    `nomad job run -check-index ${plan.JobModifyIndex} ${fileName}`,
  );
  return lines.join('\n');
}

/** Nomad's exit status: 1 when allocations would change, else 0. */
export function planExitCode(plan: PlanAnswer): number {
  const updates = Object.values(plan.Annotations?.DesiredTGUpdates ?? {});
  const changes = updates.some(
    (counts) => (counts['Place'] ?? 0) > 0 || (counts['Stop'] ?? 0) > 0,
  );
  return changes ? 1 : 0;
}

function updateCounts(plan: PlanAnswer, group: string): string {
  const counts = plan.Annotations?.DesiredTGUpdates?.[group] ?? {};
  const parts = UPDATE_WORDS.filter(([key]) => (counts[key] ?? 0) > 0).map(
    ([key, word]) => `${counts[key]} ${word}`,
  );
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function dryRun(plan: PlanAnswer): string[] {
  const failed = Object.keys(plan.FailedTGAllocs ?? {}).sort();
  if (failed.length === 0) return ['- All tasks successfully allocated.'];
  const lines = ['- WARNING: Failed to place all allocations.'];
  for (const group of failed) {
    const metric = asAllocationMetric(plan.FailedTGAllocs?.[group]);
    const count = (metric.CoalescedFailures ?? 0) + 1;
    const noun = count > 1 ? 'allocations' : 'allocation';
    lines.push(
      `  Task Group "${group}" (failed to place ${count} ${noun}):`,
      formatAllocationMetrics(metric, '    '),
    );
  }
  return lines;
}
