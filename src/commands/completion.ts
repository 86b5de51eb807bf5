// Tab completion: command names, subcommands, flags, step files, and the
// Vault paths, policies, jobs and allocations seen so far.
import type { CommandNode } from './command.ts';
import { argCandidates, files } from './completion-sources.ts';
import type { FlagSpec } from './flags.ts';
import { nomadGlobalFlags } from './nomad/client.ts';
import { expandWord } from './shell/expand.ts';
import { lex, type Word } from './shell/lex.ts';
import { splitAssignment } from './shell/parse-line.ts';
import type { Shell } from './shell-state.ts';
import type { Completion } from './types.ts';
import { vaultGlobalFlags } from './vault/client.ts';

const GLOBAL_FLAGS: Record<string, FlagSpec[]> = {
  vault: vaultGlobalFlags,
  nomad: nomadGlobalFlags,
};

export function completeLine(
  shell: Shell,
  programs: readonly CommandNode[],
  line: string,
  cursor: number,
): Completion {
  const text = line.slice(0, cursor);
  const { current, before } = wordsAtCursor(text);
  const replaceFrom = current?.start ?? cursor;
  const typed = current ? valueOf(current) : '';
  const candidates = candidatesFor(shell, programs, before, typed)
    .filter((candidate) => candidate.startsWith(typed))
    .sort();
  return { candidates: [...new Set(candidates)], replaceFrom };
}

/** The word under the cursor and the command's earlier words. */
function wordsAtCursor(text: string): { current?: Word; before: string[] } {
  const lexemes = lex(text).lexemes;
  const last = lexemes[lexemes.length - 1];
  const isInWord = last?.kind === 'word' && last.end === text.length;
  const current = isInWord ? last : undefined;
  const earlier = isInWord ? lexemes.slice(0, -1) : lexemes;
  let start = 0;
  earlier.forEach((lexeme, index) => {
    if (lexeme.kind === 'operator') start = index + 1;
  });
  const words = earlier
    .slice(start)
    .filter((lexeme): lexeme is Word => lexeme.kind === 'word');
  let first = 0;
  while (words[first] && splitAssignment(words[first]?.raw ?? '')) first += 1;
  const before = words.slice(first).map(valueOf);
  while (before[0] === 'sudo') before.shift();
  return current ? { current, before } : { before };
}

function valueOf(word: Word): string {
  try {
    return expandWord(word.raw, () => undefined);
  } catch {
    return word.raw;
  }
}

function candidatesFor(
  shell: Shell,
  programs: readonly CommandNode[],
  before: readonly string[],
  typed: string,
): string[] {
  const [name] = before;
  const program = programs.find((candidate) => candidate.name === name);
  if (name === undefined) return programs.map((p) => p.name);
  if (!program) return files(shell, typed);
  let node = program;
  let index = 1;
  for (; index < before.length; index += 1) {
    const child = node.children?.find((c) => c.name === before[index]);
    if (!child) break;
    node = child;
  }
  const specs = [...(node.flags ?? []), ...(GLOBAL_FLAGS[program.name] ?? [])];
  if (typed.startsWith('-') && !node.isRaw) return flagNames(specs);
  const rest = before.slice(index);
  if (node.children) return rest.length === 0 ? names(node.children) : [];
  const kinds = node.args ?? ['none'];
  const position = positionalCount(rest, specs);
  const kind = kinds[Math.min(position, kinds.length - 1)] ?? 'none';
  return argCandidates(shell, programs, kind, typed);
}

function names(nodes: readonly CommandNode[]): string[] {
  return nodes.map((node) => node.name);
}

function flagNames(specs: readonly FlagSpec[]): string[] {
  return specs.map((spec) =>
    spec.kind === 'bool' ? `-${spec.name}` : `-${spec.name}=`,
  );
}

/** Positional arguments so far; a flag's separate value is not one. */
function positionalCount(
  words: readonly string[],
  specs: readonly FlagSpec[],
): number {
  let count = 0;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    if (!word.startsWith('-') || word === '-' || count > 0) {
      count += 1;
      continue;
    }
    const name = word.replace(/^--?/, '');
    const spec = specs.find((candidate) => candidate.name === name);
    if (spec && spec.kind !== 'bool') index += 1;
  }
  return count;
}
