import { AppHeader } from '../components/app-header.tsx';
import { StepNav } from '../components/step-nav.tsx';
import { TerminalPanel } from '../terminal/terminal-panel.tsx';
import { AppRoutes } from './routes.tsx';
import { useRecheckNextStep } from './use-recheck-next-step.ts';
import { useStepChecks } from './use-step-checks.ts';
import { useUnsavedKeysWarning } from './use-unsaved-keys-warning.ts';

/** Header on top; steps and the current step, with the terminal beside. */
export function Shell() {
  const checks = useStepChecks();
  useRecheckNextStep(checks);
  useUnsavedKeysWarning();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the current step
      </a>
      <AppHeader />
      <div className="workspace">
        <StepNav checks={checks} />
        <main id="main" className="step-main" tabIndex={-1}>
          <AppRoutes checks={checks} />
        </main>
        <TerminalPanel />
      </div>
    </div>
  );
}
