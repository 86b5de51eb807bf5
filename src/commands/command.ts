// The shape every typed command shares: a node in a tree of names (for
// dispatch, help and Tab completion) with flags and a run function.
import type { FlagReader, FlagSpec } from './flags.ts';
import type { Shell } from './shell-state.ts';
import type { TerminalIO } from './types.ts';

/** What a positional argument names, so Tab can offer candidates. */
export type ArgKind =
  | 'file'
  | 'vault-path'
  | 'vault-kv'
  | 'policy'
  | 'engine'
  | 'job'
  | 'allocation'
  | 'command'
  | 'url'
  | 'none';

export interface Invocation {
  shell: Shell;
  io: TerminalIO;
  /** Session variables overlaid with this command's `VAR=value` prefix. */
  env: ReadonlyMap<string, string>;
  /** Text from `< file` or the previous command of a pipeline. */
  stdin: string | undefined;
  flags: FlagReader;
  /** Positional arguments left after the flags. */
  args: string[];
  /** The command's words, e.g. `['vault', 'token', 'create']`. */
  path: string[];
}

export interface CommandNode {
  name: string;
  /** One line for `help` and usage listings. */
  summary: string;
  /** First help line, e.g. `Usage: vault login [options] [TOKEN]`. */
  usage?: string;
  flags?: FlagSpec[];
  /** Kinds of the positional arguments; the last one repeats. */
  args?: ArgKind[];
  children?: CommandNode[];
  /**
   * Skips flag parsing: the command reads its raw arguments (curl's
   * short options, `echo`).
   */
  isRaw?: boolean;
  run?: (invocation: Invocation) => Promise<number>;
}

/** Exit status of a command that is not available or was misused. */
export const EXIT_USAGE = 1;
export const EXIT_NOT_FOUND = 127;
/** What a shell reports for a command stopped by Ctrl-C. */
export const EXIT_INTERRUPTED = 130;

/** Writes text as complete lines: a final newline is added if missing. */
export function writeLines(write: (text: string) => void, text: string) {
  if (text === '') return;
  write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * A command ended with CLI output on stderr and an exit status; thrown
 * from deep inside a command, written by the dispatcher.
 */
export class CliFailure extends Error {
  override name = 'CliFailure';

  constructor(
    readonly output: string,
    readonly exitCode: number,
    options?: { cause?: unknown },
  ) {
    super(output, options);
  }
}

/** `-output-curl-string`: the command stops before its first request. */
export class CurlRequested extends Error {
  override name = 'CurlRequested';

  constructor(readonly curl: string) {
    super(curl);
  }
}
