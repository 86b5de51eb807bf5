// What Tab does with the candidates: one → insert it (and a space unless
// it ends in `/` or `=`); several → insert their common prefix, or list
// them when nothing more can be inserted.
import type { Completion } from '../types.ts';

export interface CompletionEdit {
  line: string;
  cursor: number;
  /** Candidates to show below the line; empty when the line changed. */
  listing: string[];
}

export function completionEdit(
  line: string,
  cursor: number,
  completion: Completion,
): CompletionEdit {
  const { candidates, replaceFrom } = completion;
  const typed = line.slice(replaceFrom, cursor);
  const unchanged = { line, cursor, listing: [] };
  const [only] = candidates;
  if (only === undefined) return unchanged;
  let insert: string;
  if (candidates.length === 1) {
    insert = /[/=]$/.test(only) ? only : `${only} `;
  } else {
    insert = commonPrefix(candidates);
    if (insert.length <= typed.length)
      return { ...unchanged, listing: candidates };
  }
  return {
    line: line.slice(0, replaceFrom) + insert + line.slice(cursor),
    cursor: replaceFrom + insert.length,
    listing: [],
  };
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) {
    while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}
