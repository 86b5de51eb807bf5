import type { StepCheck } from '../app/use-step-checks.ts';
import { CheckDetail } from './check-detail.tsx';
import { FilesPanel } from './files-panel.tsx';
import { InitKeysPanel } from './init-keys-panel.tsx';
import { NamesPanel } from './names-panel.tsx';
import { RunPanel } from './run-panel.tsx';
import { StepCommands } from './step-commands.tsx';
import { StepPager } from './step-pager.tsx';

// Steps whose outcome needs more than a status line.
const INIT_STEP = 1;
const NAMES_STEP = 15;

interface StepViewProps {
  current: StepCheck;
}

/** One step: what it does, its files, the Run button and its outcome. */
export function StepView({ current }: StepViewProps) {
  const { step, check, error } = current;
  const isDone = check.status === 'success' && check.result.isDone;

  return (
    <article className="step-view" aria-labelledby="step-heading">
      <h2 id="step-heading" tabIndex={-1}>
        Step {step.number}: {step.title}
      </h2>
      <CheckDetail step={step} check={check} error={error} />
      <div className="step-explanation">
        {step.explanation.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      {step.watchFor && step.watchFor.length > 0 ? (
        <section className="step-section" aria-labelledby="watch-for">
          <h3 id="watch-for">What to watch for</h3>
          <ul>
            {step.watchFor.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <FilesPanel step={step} />
      <StepCommands step={step} />
      <RunPanel step={step} />
      {step.number === INIT_STEP ? <InitKeysPanel /> : null}
      {step.number === NAMES_STEP ? <NamesPanel isAppRunning={isDone} /> : null}
      <StepPager step={step} />
    </article>
  );
}
