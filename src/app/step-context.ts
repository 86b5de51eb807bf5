import type { Step, StepContext } from '../guide/types.ts';
import { logger } from '../lib/logger.ts';
import type { AppStore } from '../state/create-app-store.ts';
import { fileKey } from '../state/files-slice.ts';
import { createSecretsAccess } from '../state/secrets-access.ts';

/**
 * What a step sees of the app. Runs echo to the terminal; checks run on
 * every load and after every action, so they stay silent.
 */
export function createStepContext(
  step: Step,
  allSteps: readonly Step[],
  store: AppStore,
  purpose: 'run' | 'check',
): StepContext {
  return {
    mode: store.getState().modeInfo.mode,
    secrets: createSecretsAccess(store),
    file: (name) => readFile(step, allSteps, store, name),
    emit: (entry) => {
      if (purpose === 'run') store.getState().appendEntry(entry);
      else logger.debug('check emitted a command', step.number);
    },
  };
}

// A step may reuse a file shipped with another step (the same jobspec).
function readFile(
  step: Step,
  allSteps: readonly Step[],
  store: AppStore,
  name: string,
): string {
  const owner = [step, ...allSteps].find((candidate) =>
    candidate.files.some((file) => file.name === name),
  );
  const file = owner?.files.find((candidate) => candidate.name === name);
  if (!owner || !file) {
    throw new Error(`Step ${step.number} has no file named ${name}.`);
  }
  const edited = store.getState().editedFiles[fileKey(owner.number, name)];
  return edited ?? file.content;
}
