// The candidates for one positional argument, by what it names.
import { addresses } from '../guide/transcript.ts';
import type { ArgKind, CommandNode } from './command.ts';
import type { Shell } from './shell-state.ts';

export function argCandidates(
  shell: Shell,
  programs: readonly CommandNode[],
  kind: ArgKind,
  typed: string,
): string[] {
  const { knowledge } = shell;
  switch (kind) {
    case 'file':
      return files(shell, typed);
    case 'vault-path':
      return pathSegments(knowledge.vaultPaths, typed);
    case 'vault-kv':
      return kvFiles(shell, typed);
    case 'policy':
      return [...knowledge.policies];
    case 'engine':
      return ['database'];
    case 'job':
      return [...knowledge.jobs];
    case 'allocation':
      return [...knowledge.allocations];
    case 'command':
      return programs.map((program) => program.name);
    case 'url':
      return [`${addresses.vault}/v1/`, `${addresses.nomad}/v1/`];
    case 'none':
      return [];
  }
}

export function files(shell: Shell, typed: string): string[] {
  if (typed.startsWith('/')) return [...shell.writtenFiles.keys()];
  return shell.deps.fileNames();
}

/** `@file` merges a JSON file; `key=@file` reads one as text. */
function kvFiles(shell: Shell, typed: string): string[] {
  const at = typed.indexOf('@');
  if (at === -1) return [];
  const lead = typed.slice(0, at + 1);
  return shell.deps.fileNames().map((name) => lead + name);
}

/** Known paths completed one segment at a time (`database/` first). */
export function pathSegments(known: Iterable<string>, typed: string): string[] {
  const lead = typed.startsWith('/') ? '/' : '';
  const prefix = typed.slice(lead.length);
  const segments = new Set<string>();
  for (const path of known) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const slash = rest.indexOf('/');
    const next = slash === -1 ? rest : rest.slice(0, slash + 1);
    segments.add(lead + prefix + next);
  }
  return [...segments];
}
