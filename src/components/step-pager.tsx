import { Link } from 'wouter';

import { stepPath } from '../app/step-paths.ts';
import { steps } from '../guide/index.ts';
import type { Step } from '../guide/types.ts';

interface StepPagerProps {
  step: Step;
}

/** Previous and next step, in guide order. */
export function StepPager({ step }: StepPagerProps) {
  const index = steps.findIndex((candidate) => candidate === step);
  const previous = index > 0 ? steps[index - 1] : undefined;
  const next = steps[index + 1];

  return (
    <div className="step-pager">
      {previous ? (
        <Link href={stepPath(previous)} className="pager-link">
          <span aria-hidden="true">← </span>
          Previous: {previous.number}. {previous.title}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={stepPath(next)} className="pager-link pager-next">
          Next: {next.number}. {next.title}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : null}
    </div>
  );
}
