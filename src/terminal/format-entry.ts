import { ANSI_BOLD, ANSI_GREEN, ANSI_RED, ANSI_RESET, CRLF } from './ansi.ts';
import type { VisibleEntry } from './mask.ts';

/**
 * An entry as terminal bytes: a green `$ ` prompt, the output, and a blank
 * line that sets it apart from the next command.
 */
export function formatEntry(entry: Omit<VisibleEntry, 'id'>): string {
  const prompt = `${ANSI_BOLD}${ANSI_GREEN}$ ${ANSI_RESET}`;
  const lines = [`${prompt}${entry.command}`];
  const output = entry.output.replace(/\r?\n$/, '');
  if (output !== '') {
    const body = output.replace(/\r?\n/g, CRLF);
    lines.push(entry.isError ? `${ANSI_RED}${body}${ANSI_RESET}` : body);
  }
  return lines.join(CRLF) + CRLF + CRLF;
}
