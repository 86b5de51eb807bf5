import { useEffect, useRef } from 'react';
import { Link, Redirect, Route, Switch } from 'wouter';

import { StepView } from '../components/step-view.tsx';
import { findCurrentStep } from '../state/progress.ts';
import { findStepByRef, stepPath } from './step-paths.ts';
import type { StepCheck } from './use-step-checks.ts';

interface RoutesProps {
  checks: readonly StepCheck[];
}

/** `/step/4-slug` shows a step; anything else goes to the current one. */
export function AppRoutes({ checks }: RoutesProps) {
  return (
    <Switch>
      <Route path="/step/:ref">
        {(params) => <StepRoute checks={checks} stepRef={params.ref} />}
      </Route>
      <Route path="/steps/:ref">
        {(params) => <StepRoute checks={checks} stepRef={params.ref} />}
      </Route>
      <Route>
        <RedirectToCurrent checks={checks} />
      </Route>
    </Switch>
  );
}

function StepRoute({ checks, stepRef }: RoutesProps & { stepRef: string }) {
  const step = findStepByRef(
    checks.map((check) => check.step),
    stepRef,
  );
  const current = checks.find((check) => check.step === step);
  useFocusHeadingOnChange(step?.number);
  if (!current) {
    return (
      <div className="step-missing">
        <p>There is no step “{stepRef}”.</p>
        <Link href="/">Go to the step you are on</Link>
      </div>
    );
  }
  return <StepView key={current.step.slug} current={current} />;
}

/** Waits for the checks that decide it, then opens the first unfinished. */
function RedirectToCurrent({ checks }: RoutesProps) {
  const number = findCurrentStep(
    checks.map(({ step, check }) => ({ number: step.number, check })),
  );
  const target = checks.find(({ step }) => step.number === number);
  if (target) return <Redirect to={stepPath(target.step)} replace />;
  return <p className="check-detail">Finding the step you are on…</p>;
}

// Moving between steps puts keyboard and reader focus on the new heading.
function useFocusHeadingOnChange(stepNumber: number | undefined): void {
  const previous = useRef(stepNumber);
  useEffect(() => {
    if (previous.current === stepNumber) return;
    previous.current = stepNumber;
    document.getElementById('step-heading')?.focus();
  }, [stepNumber]);
}
