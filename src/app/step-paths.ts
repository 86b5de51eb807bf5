import type { Step } from '../guide/types.ts';

/** Each step's own URL, e.g. `/step/4-nomad-server-policy`. */
export function stepPath(step: Pick<Step, 'number' | 'slug'>): string {
  return `/step/${step.number}-${step.slug}`;
}

/** Finds a step from a URL segment: `4-slug`, `4`, or the bare slug. */
export function findStepByRef<T extends Pick<Step, 'number' | 'slug'>>(
  steps: readonly T[],
  ref: string,
): T | undefined {
  const numbered = /^(\d+)(?:-(.*))?$/.exec(ref);
  if (numbered) {
    const number = Number(numbered[1]);
    return steps.find((step) => step.number === number);
  }
  return steps.find((step) => step.slug === ref);
}

/** The step number in a location such as `/step/4-x`, if any. */
export function stepNumberInPath(path: string): number | undefined {
  const match = /^\/steps?\/(\d+)/.exec(path);
  return match ? Number(match[1]) : undefined;
}
