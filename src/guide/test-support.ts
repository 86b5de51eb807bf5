// A step context for Node tests: secrets in memory, transcript in an array.
import { originalFiles } from './index.ts';
import type {
  Mode,
  SecretValues,
  StepContext,
  TranscriptEntry,
} from './types.ts';

export interface TestContext extends StepContext {
  entries: TranscriptEntry[];
  /** Replaces a step file as the learner's editor would. */
  edit(name: string, content: string): void;
}

export function createTestContext(
  options: { mode?: Mode; secrets?: SecretValues } = {},
): TestContext {
  let held: SecretValues = { ...options.secrets };
  const edited = new Map<string, string>();
  const entries: TranscriptEntry[] = [];
  return {
    mode: options.mode ?? 'mock',
    entries,
    secrets: {
      get: () => held,
      set: (patch) => {
        held = { ...held, ...patch };
      },
    },
    file(name) {
      const content = edited.get(name) ?? originalFiles.get(name);
      if (content === undefined) throw new Error(`no step file ${name}`);
      return content;
    },
    emit: (entry) => entries.push(entry),
    edit: (name, content) => edited.set(name, content),
  };
}
