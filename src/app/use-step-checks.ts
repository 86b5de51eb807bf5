import { useQueries } from '@tanstack/react-query';

import { guideKeys } from '../api/query-keys.ts';
import { steps } from '../guide/index.ts';
import type { CheckResult, Step } from '../guide/types.ts';
import type { CheckView } from '../state/progress.ts';
import { appStore, useAppStore } from '../state/use-app-store.ts';
import { createStepContext } from './step-context.ts';

export interface StepCheck {
  step: Step;
  check: CheckView;
  /** The check's failure, for the step panel to explain. */
  error: unknown;
}

/** Every step's check, read from the servers and cached per mode. */
export function useStepChecks(): StepCheck[] {
  const mode = useAppStore((state) => state.modeInfo.mode);
  return useQueries({
    queries: steps.map((step) => ({
      queryKey: guideKeys.check(mode, step.slug),
      queryFn: (): Promise<CheckResult> =>
        step.check(createStepContext(step, steps, appStore, 'check')),
    })),
    combine: (results) =>
      results.map((result, index) => ({
        step: steps[index] as Step,
        check: toCheckView(result.status, result.data),
        error: result.error,
      })),
  });
}

function toCheckView(
  status: 'pending' | 'error' | 'success',
  data: CheckResult | undefined,
): CheckView {
  if (status === 'success' && data) return { status, result: data };
  return status === 'error' ? { status } : { status: 'pending' };
}
