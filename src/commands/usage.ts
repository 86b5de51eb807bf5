// Help and usage texts of the command tree, and the argument count
// check the vault CLI makes.
import { CliFailure, EXIT_USAGE, type CommandNode } from './command.ts';
import type { FlagSpec } from './flags.ts';

export function usageLine(node: CommandNode): string {
  return node.usage ?? `Usage: ${node.name} [options]`;
}

/** `-help`: the usage line, the summary and the flags this leaf takes. */
export function helpText(node: CommandNode, specs: readonly FlagSpec[]) {
  const flags = specs.map((spec) =>
    spec.kind === 'bool' ? `  -${spec.name}` : `  -${spec.name}=<value>`,
  );
  const sections = [usageLine(node), `  ${node.summary}`];
  if (flags.length > 0) sections.push(`Options:\n\n${flags.join('\n')}`);
  return sections.join('\n\n');
}

/** `Usage: …` then the subcommands with their summaries, aligned. */
export function listingText(usage: string, children: readonly CommandNode[]) {
  const width = Math.max(...children.map((child) => child.name.length));
  const lines = children.map(
    (child) => `    ${child.name.padEnd(width)}    ${child.summary}`,
  );
  return `${usage}\n\nSubcommands:\n${lines.join('\n')}`;
}

/** Vault's wording when a command gets too few or too many arguments. */
export function expectArgs(
  args: readonly string[],
  min: number,
  max = min,
): void {
  if (args.length < min) {
    throw new CliFailure(
      `Not enough arguments (expected ${min}, got ${args.length})`,
      EXIT_USAGE,
    );
  }
  if (args.length > max) {
    throw new CliFailure(
      `Too many arguments (expected ${max}, got ${args.length})`,
      EXIT_USAGE,
    );
  }
}
