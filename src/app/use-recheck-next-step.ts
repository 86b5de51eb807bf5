import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { guideKeys } from '../api/query-keys.ts';
import { findCurrentStep } from '../state/progress.ts';
import { useAppStore } from '../state/use-app-store.ts';
import type { StepCheck } from './use-step-checks.ts';

const RECHECK_MS = 3000;

/**
 * Reads the first unfinished step's state again every few seconds: a job
 * coming up, a lab restoring after a reload, or a command run outside the
 * app shows up without a click. Only that one check is asked again.
 */
export function useRecheckNextStep(checks: readonly StepCheck[]): void {
  const queryClient = useQueryClient();
  const mode = useAppStore((state) => state.modeInfo.mode);
  const current = findCurrentStep(
    checks.map(({ step, check }) => ({ number: step.number, check })),
  );
  const pending = checks.find(
    ({ step, check }) =>
      step.number === current &&
      !(check.status === 'success' && check.result.isDone),
  );
  const slug = pending?.step.slug;

  useEffect(() => {
    if (slug === undefined) return undefined;
    const timer = setInterval(() => {
      void queryClient.invalidateQueries({
        queryKey: guideKeys.check(mode, slug),
      });
    }, RECHECK_MS);
    return () => clearInterval(timer);
  }, [queryClient, mode, slug]);
}
