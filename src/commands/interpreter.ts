// The typed command line: parses a line like a shell, runs each command
// through the same API layer as the Run buttons, prints what the real
// CLIs print, and never lets an exception reach the terminal.
import {
  EXIT_INTERRUPTED,
  EXIT_NOT_FOUND,
  writeLines,
  type CommandNode,
} from './command.ts';
import { completeLine } from './completion.ts';
import { dispatch, listingText, type InvocationBase } from './dispatch.ts';
import { createCommandHistory } from './history.ts';
import { runNomad } from './nomad/nomad.ts';
import { isSecretVariable, redactLine } from './redact.ts';
import { PRINT_TOKEN_VARIABLE } from './shell/expand.ts';
import { isIncompleteLine } from './shell/lex.ts';
import { parseLine, type SimpleCommand } from './shell/parse-line.ts';
import {
  createShell,
  defaultVariables,
  knownSecrets,
  noteSecret,
  readFile,
  type Shell,
} from './shell-state.ts';
import type { Interpreter, InterpreterDeps, TerminalIO } from './types.ts';
import { programs } from './programs.ts';
import { runVault } from './vault/vault.ts';

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

/** Runs `a | b | c`: each command's output is the next one's input. */
async function runPipeline(
  shell: Shell,
  programs: readonly CommandNode[],
  pipeline: readonly SimpleCommand[],
  io: TerminalIO,
): Promise<number> {
  let stdin: string | undefined;
  let status = 0;
  for (const [index, command] of pipeline.entries()) {
    const isLast = index === pipeline.length - 1;
    let captured = '';
    const commandIo: TerminalIO = isLast
      ? io
      : { ...io, write: (text) => void (captured += text) };
    status = await runCommand(shell, programs, command, commandIo, stdin);
    stdin = captured;
  }
  return status;
}

async function runCommand(
  shell: Shell,
  programs: readonly CommandNode[],
  command: SimpleCommand,
  io: TerminalIO,
  piped: string | undefined,
): Promise<number> {
  for (const { name, value } of command.assignments) {
    if (isSecretVariable(name)) noteSecret(shell, io.secret, value);
  }
  if (command.argv.length === 0) {
    command.assignments.forEach(({ name, value }) =>
      shell.variables.set(name, value),
    );
    return 0;
  }
  let stdin = piped;
  if (command.stdinFile !== undefined) {
    stdin = readFile(shell, command.stdinFile);
    if (stdin === undefined) {
      writeLines(
        io.writeError,
        `-sh: ${command.stdinFile}: No such file or directory`,
      );
      return 1;
    }
  }
  const env = new Map([...defaultVariables(), ...shell.variables]);
  command.assignments.forEach(({ name, value }) => env.set(name, value));
  const base: InvocationBase = { shell, io, env, stdin };
  try {
    return await runArgv(programs, command.argv, base);
  } catch (error) {
    if (io.signal.aborted) return EXIT_INTERRUPTED;
    const reason = error instanceof Error ? error.message : String(error);
    writeLines(io.writeError, `${command.argv[0]}: ${reason}`);
    return 1;
  }
}

function runArgv(
  programs: readonly CommandNode[],
  argv: readonly string[],
  base: InvocationBase,
): Promise<number> {
  const [name = ''] = argv;
  if (name === 'vault') return runVault(argv, base);
  if (name === 'nomad') return runNomad(argv, base);
  const program = programs.find((candidate) => candidate.name === name);
  if (!program) {
    writeLines(base.io.writeError, `command not found: ${name}`);
    return Promise.resolve(EXIT_NOT_FOUND);
  }
  return dispatch(program, argv, base, {
    groupUsage: (group) =>
      listingText(group.usage ?? group.name, group.children ?? []),
  });
}
