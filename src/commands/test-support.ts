// Fakes for command tests: a terminal that records what commands write,
// and the app's secrets and step files in memory.
import { originalFiles } from '../guide/index.ts';
import type { Mode, SecretValues } from '../guide/types.ts';
import type { InterpreterDeps, TerminalIO } from './types.ts';

export interface TestIO extends TerminalIO {
  stdout: string;
  stderr: string;
  /** Both streams in the order written. */
  output: string;
  secrets: string[];
  questions: string[];
  clears: number;
}

/** A terminal whose questions get `answers` in order. */
export function createTestIO(answers: string[] = []): TestIO {
  const controller = new AbortController();
  const io: TestIO = {
    stdout: '',
    stderr: '',
    output: '',
    secrets: [],
    questions: [],
    clears: 0,
    write(text) {
      io.stdout += text;
      io.output += text;
    },
    writeError(text) {
      io.stderr += text;
      io.output += text;
    },
    async prompt(question) {
      io.questions.push(question);
      return answers.shift() ?? '';
    },
    clear() {
      io.clears += 1;
    },
    signal: controller.signal,
    secret(value) {
      io.secrets.push(value);
    },
  };
  return io;
}

export interface TestDeps extends InterpreterDeps {
  held(): SecretValues;
}

export function createTestDeps(
  options: { mode?: Mode; secrets?: SecretValues } = {},
): TestDeps {
  let held: SecretValues = { ...options.secrets };
  return {
    mode: options.mode ?? 'mock',
    secrets: {
      get: () => held,
      set: (patch) => {
        held = { ...held, ...patch };
      },
    },
    file: (name) => originalFiles.get(name),
    fileNames: () => [...originalFiles.keys()],
    held: () => held,
  };
}
