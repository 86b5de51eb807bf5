// The typed command line: parses a line like a shell, runs each command
// through the same API layer as the Run buttons, prints what the real
// CLIs print, and never lets an exception reach the terminal.
import { EXIT_INTERRUPTED, writeLines, type CommandNode } from './command.ts';
import { completeLine } from './completion.ts';
import { createCommandHistory } from './history.ts';
import { programs } from './programs.ts';
import { redactLine } from './redact.ts';
import { runArgv, runPipeline } from './run-command.ts';
import { PRINT_TOKEN_VARIABLE } from './shell/expand.ts';
import { isIncompleteLine } from './shell/lex.ts';
import { parseLine } from './shell/parse-line.ts';
import {
  createShell,
  defaultVariables,
  knownSecrets,
  type Shell,
} from './shell-state.ts';
import type { Interpreter, InterpreterDeps, TerminalIO } from './types.ts';

export type { Interpreter, InterpreterDeps, TerminalIO } from './types.ts';

/** Exit status of a line the shell itself could not parse. */
const EXIT_SYNTAX = 2;

export function createInterpreter(deps: InterpreterDeps): Interpreter {
  const history = createCommandHistory({
    redact: (line) => redactLine(line, knownSecrets(shell)),
  });
  const shell: Shell = createShell(
    deps,
    history,
    (argv, base) => runArgv(programs, argv, base),
    () => programs,
  );
  return {
    history,
    isIncomplete: isIncompleteLine,
    complete: (line, cursor) => completeLine(shell, programs, line, cursor),
    execute: (line, io) => executeLine(shell, programs, line, io),
  };
}

async function executeLine(
  shell: Shell,
  programs: readonly CommandNode[],
  line: string,
  io: TerminalIO,
): Promise<number> {
  shell.history.add(line);
  const parsed = parseLine(line, (name) => variable(shell, name));
  if (parsed.kind === 'incomplete') {
    writeLines(io.writeError, '-sh: syntax error: unexpected end of file');
    return EXIT_SYNTAX;
  }
  if (parsed.kind === 'error') {
    writeLines(io.writeError, `-sh: ${parsed.message}`);
    return EXIT_SYNTAX;
  }
  let status = 0;
  for (const item of parsed.items) {
    if (item.connector === '&&' && status !== 0) continue;
    if (item.connector === '||' && status === 0) continue;
    status = await runPipeline(shell, programs, item.pipeline, io);
    if (io.signal.aborted) return EXIT_INTERRUPTED;
  }
  return status;
}

function variable(shell: Shell, name: string): string | undefined {
  if (name === PRINT_TOKEN_VARIABLE) {
    return (
      shell.variables.get('VAULT_TOKEN') ??
      shell.helperToken ??
      shell.deps.secrets.get().rootToken
    );
  }
  return shell.variables.get(name) ?? defaultVariables().get(name);
}
