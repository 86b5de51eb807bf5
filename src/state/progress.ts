import type { CheckResult, StepState } from '../guide/types.ts';
import type { RunRecord } from './runs-slice.ts';

/** A step check as the query cache holds it. */
export type CheckView =
  | { status: 'pending' }
  | { status: 'error' }
  | { status: 'success'; result: CheckResult };

/** What the nav shows: a run in flight wins, then the servers' answer. */
export function deriveStepState(
  check: CheckView,
  run: RunRecord | undefined,
): StepState {
  if (run?.status === 'running') return 'running';
  if (isCheckDone(check)) return 'done';
  if (run?.status === 'failed') return 'failed';
  return 'todo';
}

/**
 * The first step whose check is not done, in order; `undefined` while an
 * earlier check is still pending. When all are done, the last step.
 */
export function findCurrentStep(
  checks: readonly { number: number; check: CheckView }[],
): number | undefined {
  for (const { number, check } of checks) {
    if (check.status === 'pending') return undefined;
    if (!isCheckDone(check)) return number;
  }
  return checks.at(-1)?.number;
}

function isCheckDone(check: CheckView): boolean {
  return check.status === 'success' && check.result.isDone;
}
