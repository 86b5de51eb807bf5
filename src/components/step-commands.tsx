import { createStepContext } from '../app/step-context.ts';
import { steps } from '../guide/index.ts';
import type { Step } from '../guide/types.ts';
import { appStore, useAppStore } from '../state/use-app-store.ts';
import { useMask } from './use-mask.ts';

interface StepCommandsProps {
  step: Step;
}

/** The CLI lines the Run button stands for, as a learner would type them. */
export function StepCommands({ step }: StepCommandsProps) {
  const mask = useMask();
  // Commands quote held secrets and edited files: re-render when they change.
  useAppStore((state) => state.secrets);
  useAppStore((state) => state.editedFiles);
  const commands = readCommands(step);
  if (commands.length === 0) return null;

  return (
    <section className="step-section" aria-labelledby="step-commands">
      <h3 id="step-commands">Commands</h3>
      <pre className="command-block">
        {commands.map((command) => `$ ${mask(command)}`).join('\n')}
      </pre>
    </section>
  );
}

function readCommands(step: Step): string[] {
  try {
    return step.commands(createStepContext(step, steps, appStore, 'check'));
  } catch {
    // A command that needs a value the tab does not hold yet is not shown.
    return [];
  }
}
