// The contract between the typed command line and whoever hosts it (the
// terminal component, or a test). No xterm, no React.
import type { Mode, SecretsAccess } from '../guide/types.ts';
import type { CommandHistory } from './history.ts';

/** What the interpreter needs from the app. */
export interface InterpreterDeps {
  mode: Mode;
  secrets: SecretsAccess;
  /** Current content of a step file (edited or shipped), by name. */
  file(name: string): string | undefined;
  /** The step files' names, as `ls` lists them. */
  fileNames(): string[];
}

/** How a running command talks to the terminal. */
export interface TerminalIO {
  /** Standard output; lines end with `\n`. */
  write(text: string): void;
  /** Standard error; lines end with `\n`. */
  writeError(text: string): void;
  /**
   * Asks a question on the terminal; masked input echoes nothing.
   * Rejects with the signal's reason on Ctrl-C.
   */
  prompt(question: string, options: { isMasked: boolean }): Promise<string>;
  clear(): void;
  /** Aborted when the learner presses Ctrl-C. */
  signal: AbortSignal;
  /**
   * Registers a value to mask. Commands call it before writing any text
   * that contains the value.
   */
  secret(value: string): void;
}

export interface Completion {
  candidates: string[];
  /** Index in the line where the word being completed starts. */
  replaceFrom: number;
}

export interface Interpreter {
  /** Runs one submitted line (possibly several physical lines). */
  execute(line: string, io: TerminalIO): Promise<number>;
  complete(line: string, cursor: number): Completion;
  /** True while the line needs more input (open quote, trailing `\`). */
  isIncomplete(line: string): boolean;
  history: CommandHistory;
}
