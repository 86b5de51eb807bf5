import { SourcePositions } from '../../lib/hcl/positions.ts';
import type { FileProblem } from './types.ts';

/**
 * Places a problem on the first `"key":` in the text, or on the first
 * character when the key is absent. The files are flat objects, so the
 * first match is the property itself.
 */
export function problemAtKey(
  text: string,
  key: string | undefined,
  message: string,
  severity: FileProblem['severity'],
): FileProblem {
  const quoted = key === undefined ? null : JSON.stringify(key);
  const match =
    quoted === null ? null : new RegExp(`${escape(quoted)}\\s*:`).exec(text);
  const offset = match?.index ?? firstNonSpace(text);
  const { line, column } = new SourcePositions(text).position(offset);
  const width = match && quoted ? [...quoted].length : 1;
  return { line, column, endColumn: column + width, message, severity };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function firstNonSpace(text: string): number {
  return Math.max(0, text.search(/\S/));
}
