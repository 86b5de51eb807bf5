// Runs the commands of a parsed line: pipelines, `< file`, the
// `VAR=value` prefix, and the lookup of the program by name.
import {
  EXIT_INTERRUPTED,
  EXIT_NOT_FOUND,
  writeLines,
  type CommandNode,
} from './command.ts';
import { dispatch, type InvocationBase } from './dispatch.ts';
import { runNomad } from './nomad/nomad.ts';
import { isSecretVariable } from './secret-names.ts';
import type { SimpleCommand } from './shell/parse-line.ts';
import {
  defaultVariables,
  noteSecret,
  readFile,
  type Shell,
} from './shell-state.ts';
import type { TerminalIO } from './types.ts';
import { listingText } from './usage.ts';
import { runVault } from './vault/vault.ts';

/** Runs `a | b | c`: each command's output is the next one's input. */
export async function runPipeline(
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

export function runArgv(
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
