import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { describeError } from '../guide/errors.ts';
import { steps } from '../guide/index.ts';
import { isStepError } from '../guide/step-error.ts';
import type { Step } from '../guide/types.ts';
import { logger } from '../lib/logger.ts';
import { appStore } from '../state/use-app-store.ts';
import { createStepContext } from './step-context.ts';
import { findFileErrors } from './validate-step-files.ts';

/**
 * Runs a step once at a time, records the outcome for the status region,
 * then makes every check read the servers again.
 */
export function useRunStep(step: Step): () => Promise<void> {
  const queryClient = useQueryClient();

  return useCallback(async () => {
    const { runs, setRun } = appStore.getState();
    // Read the store, not a render's snapshot: a second click is ignored.
    if (runs[step.number]?.status === 'running') return;
    setRun(step.number, { status: 'running' });

    try {
      const context = createStepContext(step, steps, appStore, 'run');
      const fileError = await findFileErrors(step, context);
      if (fileError !== undefined) {
        setRun(step.number, { status: 'failed', message: fileError });
        return;
      }
      const outcome = await step.run(context);
      setRun(step.number, { status: 'done', message: asDone(outcome.message) });
    } catch (error) {
      const { message, nextStep } = describeError(error, step);
      const details = isStepError(error) ? error.details : [];
      logger.info('step failed', step.number, errorName(error));
      setRun(step.number, {
        status: 'failed',
        message,
        ...(nextStep === undefined ? {} : { nextStep }),
        ...(details.length === 0 ? {} : { details }),
      });
    } finally {
      await queryClient.invalidateQueries();
    }
  }, [step, queryClient]);
}

function asDone(message: string): string {
  return message.startsWith('Done') ? message : `Done: ${message}`;
}

// The error's class only: its message may quote a backend that echoed a token.
function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
