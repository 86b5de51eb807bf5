// A word's value: quotes and escapes removed, `$VAR` expanded. shell-quote
// does the quoting rules; the one command substitution learners paste
// from `-output-curl-string` output, `$(vault print token)`, is ours.
import { parse } from 'shell-quote';

/** Looks up a shell variable; undefined expands to ''. */
export type VariableLookup = (name: string) => string | undefined;

export class ExpansionError extends Error {
  override name = 'ExpansionError';
}

/** The name under which `$(vault print token)` is looked up. */
export const PRINT_TOKEN_VARIABLE = '__vault_print_token__';

const SUBSTITUTION = /\$\(([^()]*)\)/g;

export function expandWord(raw: string, lookup: VariableLookup): string {
  const prepared = raw.replace(SUBSTITUTION, (_, inner: string) => {
    if (inner.trim().split(/\s+/).join(' ') === 'vault print token') {
      return `\${${PRINT_TOKEN_VARIABLE}}`;
    }
    throw new ExpansionError(
      `command substitution is not available here: $(${inner})`,
    );
  });
  if (prepared.includes('$(')) {
    throw new ExpansionError('nested command substitution is not available');
  }
  let entries;
  try {
    entries = parse(prepared, (name: string) => lookup(name) ?? '');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExpansionError(reason.toLowerCase());
  }
  return entries.map(entryText).join('');
}

function entryText(entry: ReturnType<typeof parse>[number]): string {
  if (typeof entry === 'string') return entry;
  if ('pattern' in entry) return entry.pattern;
  if ('comment' in entry) return `#${entry.comment}`;
  return 'op' in entry ? String(entry.op) : '';
}
