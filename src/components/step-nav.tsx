import { Link, useLocation } from 'wouter';

import { stepPath, stepNumberInPath } from '../app/step-paths.ts';
import type { StepCheck } from '../app/use-step-checks.ts';
import { deriveStepState } from '../state/progress.ts';
import { useAppStore } from '../state/use-app-store.ts';
import { STEP_STATE_MARKS, STEP_STATE_WORDS } from './step-state-words.ts';

interface StepNavProps {
  checks: readonly StepCheck[];
}

/** The 15 steps with their state; the one on screen is `aria-current`. */
export function StepNav({ checks }: StepNavProps) {
  const [location] = useLocation();
  const shownNumber = stepNumberInPath(location);
  const runs = useAppStore((state) => state.runs);

  return (
    <nav aria-label="Steps" className="step-nav">
      <ol className="step-list">
        {checks.map(({ step, check }) => {
          const state = deriveStepState(check, runs[step.number]);
          const isShown = step.number === shownNumber;
          return (
            <li key={step.slug}>
              <Link
                href={stepPath(step)}
                className="step-link"
                data-state={state}
                aria-current={isShown ? 'step' : undefined}
                aria-label={`${step.number}. ${step.title} — ${STEP_STATE_WORDS[state]}`}
              >
                <span className="step-mark" aria-hidden="true">
                  {STEP_STATE_MARKS[state]}
                </span>
                <span className="step-number">{step.number}.</span>
                <span className="step-title">{step.title}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
