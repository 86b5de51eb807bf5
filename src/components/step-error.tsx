import { Link } from 'wouter';

import { stepPath } from '../app/step-paths.ts';
import { steps } from '../guide/index.ts';
import { useMask } from './use-mask.ts';

interface StepErrorProps {
  message: string;
  details: readonly string[];
  nextStep?: number;
}

/** What failed, in the backend's words, and where to go to fix it. */
export function StepError({ message, details, nextStep }: StepErrorProps) {
  const mask = useMask();
  const target = steps.find((step) => step.number === nextStep);
  return (
    <div role="alert" className="step-error">
      <p>{mask(message)}</p>
      {details.length > 0 ? (
        <pre className="step-error-details">{details.map(mask).join('\n')}</pre>
      ) : null}
      {target ? (
        <p>
          <Link href={stepPath(target)}>
            Go to step {target.number}: {target.title}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
