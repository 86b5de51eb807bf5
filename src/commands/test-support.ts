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

/**
 * A terminal whose questions get `answers` in order; once they run out,
 * a question waits until `signal` aborts (as Ctrl-C would).
 */
export function createTestIO(
  answers: string[] = [],
  signal: AbortSignal = new AbortController().signal,
): TestIO {
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
    prompt(question) {
      io.questions.push(question);
      const answer = answers.shift();
      if (answer !== undefined) return Promise.resolve(answer);
      return new Promise((_, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), {
          once: true,
        });
      });
    },
    clear() {
      io.clears += 1;
    },
    signal,
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
