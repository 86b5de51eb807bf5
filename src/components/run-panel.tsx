import { useRunStep } from '../app/use-run-step.ts';
import type { Step } from '../guide/types.ts';
import type { RunRecord } from '../state/runs-slice.ts';
import { useAppStore } from '../state/use-app-store.ts';
import { RetryCountdown, useRetryCountdown } from './retry-countdown.tsx';
import { StepError } from './step-error.tsx';

interface RunPanelProps {
  step: Step;
}

/** The Run button, the status line that announces the outcome, errors. */
export function RunPanel({ step }: RunPanelProps) {
  const run = useAppStore((state) => state.runs[step.number]);
  const runStep = useRunStep(step);
  const isRunning = run?.status === 'running';
  const retry = useRetryCountdown();
  const isBlocked = isRunning || retry.seconds > 0;

  return (
    <section className="run-panel" aria-label="Run this step">
      <button
        type="button"
        className="button button-primary"
        // aria-disabled keeps keyboard focus on the button while it runs.
        aria-disabled={isBlocked}
        onClick={() => {
          if (!isBlocked) void runStep();
        }}
      >
        {isRunning ? <span className="spinner" aria-hidden="true" /> : null}
        Run step
      </button>
      <p role="status" className="run-status" data-status={run?.status}>
        {statusText(step, run)}
      </p>
      {run?.status === 'failed' ? (
        <StepError
          message={run.message}
          details={run.details ?? []}
          {...(run.nextStep === undefined ? {} : { nextStep: run.nextStep })}
        />
      ) : null}
      <RetryCountdown {...retry} />
    </section>
  );
}

function statusText(step: Step, run: RunRecord | undefined): string {
  switch (run?.status) {
    case 'running':
      return `Running step ${step.number}…`;
    case 'done':
      return run.message;
    case 'failed':
      return `Step ${step.number} did not finish.`;
    default:
      return '';
  }
}
