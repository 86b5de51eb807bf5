import { describe, expect, it } from 'vitest';

import type { Step } from '../guide/types.ts';
import { createAppStore } from '../state/create-app-store.ts';
import { fileKey } from '../state/files-slice.ts';
import { createStepContext } from './step-context.ts';

function stepWithFile(number: number, name: string, content: string): Step {
  return {
    number,
    slug: `step-${number}`,
    title: `Step ${number}`,
    explanation: [],
    files: [{ name, language: 'hcl', description: 'a file', content }],
    commands: () => [],
    run: async () => ({ message: 'Done' }),
    check: async () => ({ isDone: false }),
  };
}

const policyStep = stepWithFile(4, 'nomad-server-policy.hcl', 'original');
const jobStep = stepWithFile(8, 'db.nomad', 'job "postgres-nomad-demo" {}');
const allSteps = [policyStep, jobStep];

describe('createStepContext', () => {
  it('gives the learner edit of a file, or the original', () => {
    const store = createAppStore();
    const context = createStepContext(policyStep, allSteps, store, 'run');
    const before = context.file('nomad-server-policy.hcl');

    store.getState().editFile(fileKey(4, 'nomad-server-policy.hcl'), 'edited');

    expect(before).toBe('original');
    expect(context.file('nomad-server-policy.hcl')).toBe('edited');
  });

  it('finds a file another step ships', () => {
    const store = createAppStore();
    const context = createStepContext(policyStep, allSteps, store, 'run');

    expect(context.file('db.nomad')).toBe('job "postgres-nomad-demo" {}');
  });

  it('names the step and file when the file does not exist', () => {
    const context = createStepContext(
      policyStep,
      allSteps,
      createAppStore(),
      'run',
    );

    expect(() => context.file('web-app.nomad')).toThrow(
      'Step 4 has no file named web-app.nomad.',
    );
  });

  it('echoes a run to the transcript but keeps checks silent', () => {
    const store = createAppStore();
    const entry = { command: 'vault status', output: 'Sealed  true' };

    createStepContext(policyStep, allSteps, store, 'check').emit(entry);
    createStepContext(policyStep, allSteps, store, 'run').emit(entry);

    expect(store.getState().transcript).toEqual([{ ...entry, id: 1 }]);
  });

  it('reads and patches the held secrets', () => {
    const store = createAppStore();
    const context = createStepContext(policyStep, allSteps, store, 'run');

    context.secrets.set({ rootToken: 'hvs.root' });

    expect(store.getState().secrets).toEqual({ rootToken: 'hvs.root' });
    expect(context.secrets.get()).toEqual({ rootToken: 'hvs.root' });
  });
});
