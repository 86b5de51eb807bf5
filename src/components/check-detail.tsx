import { describeError } from '../guide/errors.ts';
import type { Step } from '../guide/types.ts';
import type { CheckView } from '../state/progress.ts';
import { useMask } from './use-mask.ts';

interface CheckDetailProps {
  step: Step;
  check: CheckView;
  error: unknown;
}

/** What the servers say about this step right now (not an announcement). */
export function CheckDetail({ step, check, error }: CheckDetailProps) {
  const mask = useMask();
  return (
    <p className="check-detail" data-status={check.status}>
      <span className="check-label">Current state: </span>
      {mask(describeCheck(step, check, error))}
    </p>
  );
}

function describeCheck(step: Step, check: CheckView, error: unknown): string {
  switch (check.status) {
    case 'pending':
      return 'reading it from the servers…';
    case 'error':
      return describeError(error, step).message;
    case 'success': {
      const summary = check.result.isDone ? 'done' : 'not done yet';
      const detail = check.result.detail;
      return detail === undefined ? summary : `${summary} (${detail})`;
    }
  }
}
