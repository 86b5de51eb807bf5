// Finds the command a line names in a tree (`vault token create`), parses
// its flags like Go, prints help and usage errors as the CLIs do, and
// turns failures into output plus an exit status.
import {
  CliFailure,
  CurlRequested,
  EXIT_NOT_FOUND,
  EXIT_USAGE,
  writeLines,
  type CommandNode,
  type Invocation,
} from './command.ts';
import { flagReader, FlagError, parseFlags, type FlagSpec } from './flags.ts';
import { helpText, usageLine } from './usage.ts';

export type InvocationBase = Omit<Invocation, 'flags' | 'args' | 'path'>;

export interface DispatchOptions {
  /** Flags every leaf of the tree accepts (vault's -format, …). */
  globalFlags?: FlagSpec[];
  /** Text for a group used without (or with an unknown) subcommand. */
  groupUsage: (group: CommandNode, path: string[]) => string;
}

/** Runs `argv` (argv[0] is the tree's root name) and returns its status. */
export async function dispatch(
  root: CommandNode,
  argv: readonly string[],
  base: InvocationBase,
  options: DispatchOptions,
): Promise<number> {
  let node = root;
  const path = [root.name];
  let index = 1;
  for (; index < argv.length; index += 1) {
    const child = node.children?.find((c) => c.name === argv[index]);
    if (!child) break;
    node = child;
    path.push(child.name);
  }
  const rest = argv.slice(index);
  if (!node.run) return groupFallback(node, path, rest, base, options);
  return runLeaf(node, path, rest, base, options);
}

function groupFallback(
  group: CommandNode,
  path: string[],
  rest: string[],
  base: InvocationBase,
  options: DispatchOptions,
): number {
  const usage = options.groupUsage(group, path);
  if (rest[0] === '-h' || rest[0] === '-help' || rest[0] === '--help') {
    writeLines(base.io.write, usage);
    return 0;
  }
  writeLines(base.io.writeError, usage);
  return path.length === 1 || rest.length > 0 ? EXIT_NOT_FOUND : EXIT_USAGE;
}

async function runLeaf(
  leaf: CommandNode,
  path: string[],
  rest: string[],
  base: InvocationBase,
  options: DispatchOptions,
): Promise<number> {
  const run = leaf.run as NonNullable<CommandNode['run']>;
  const specs = [...(leaf.flags ?? []), ...(options.globalFlags ?? [])];
  let parsed;
  try {
    parsed = leaf.isRaw
      ? { values: new Map(), args: rest, isHelp: false }
      : parseFlags(rest, specs);
  } catch (error) {
    if (!(error instanceof FlagError)) throw error;
    writeLines(base.io.writeError, `${error.message}\n\n${usageLine(leaf)}`);
    return EXIT_USAGE;
  }
  if (parsed.isHelp) {
    writeLines(base.io.write, helpText(leaf, specs));
    return 0;
  }
  try {
    return await run({
      ...base,
      flags: flagReader(parsed.values),
      args: parsed.args,
      path,
    });
  } catch (error) {
    if (error instanceof CurlRequested) {
      writeLines(base.io.write, error.curl);
      return 0;
    }
    if (error instanceof CliFailure) {
      writeLines(base.io.writeError, error.output);
      return error.exitCode;
    }
    throw error;
  }
}
