import type { SourcePositions } from '../../lib/hcl/positions.ts';
import { JsonStop } from './json-stop.ts';

const simpleEscapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Offset just past the string literal that opens at `start`. */
export function stringEnd(
  text: string,
  start: number,
  positions: SourcePositions,
): number {
  let index = start + 1;
  for (;;) {
    const ch = text[index];
    if (ch === undefined || ch === '\n' || ch === '\r') {
      const { line, column } = positions.position(start);
      throw new JsonStop(
        start,
        `The string starting at line ${line}, column ${column} is not ` +
          'closed. Add the closing " on the same line.',
      );
    }
    if (ch === '"') return index + 1;
    if (ch === '\\') {
      index = escapeEnd(text, index);
      continue;
    }
    if (ch < ' ') {
      throw new JsonStop(
        index,
        'Tab or control character inside a string. ' +
          'Write it as an escape such as \\t.',
      );
    }
    index++;
  }
}

function escapeEnd(text: string, index: number): number {
  const next = text[index + 1] ?? '';
  if (simpleEscapes.has(next)) return index + 2;
  if (next === 'u' && /^[0-9a-fA-F]{4}/.test(text.slice(index + 2))) {
    return index + 6;
  }
  throw new JsonStop(
    index,
    `Unknown escape "\\${next}" in a string. ` +
      'Use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u followed by 4 hex digits.',
  );
}

/** Offset just past the number literal that starts at `start`. */
export function numberEnd(text: string, start: number): number {
  let index = start;
  if (text[index] === '-') index++;
  if (text[index] === '0' && isDigit(text[index + 1])) {
    throw new JsonStop(
      start,
      'Numbers cannot start with 0 unless they are 0. ' +
        'Remove the leading zeros.',
    );
  }
  index = digitsEnd(text, index, 'Expected a digit after "-".');
  if (text[index] === '.') {
    index = digitsEnd(
      text,
      index + 1,
      'Expected a digit after "." in a number.',
    );
  }
  if (text[index] === 'e' || text[index] === 'E') {
    index++;
    if (text[index] === '+' || text[index] === '-') index++;
    index = digitsEnd(text, index, 'Expected a digit in the exponent.');
  }
  return index;
}

function digitsEnd(text: string, index: number, advice: string): number {
  if (!isDigit(text[index])) throw new JsonStop(index, advice);
  while (isDigit(text[index])) index++;
  return index;
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Names the character at `index` for a message. */
export function describeFound(text: string, index: number): string {
  const codePoint = text.codePointAt(index);
  if (codePoint === undefined) return 'the end of the file';
  const ch = String.fromCodePoint(codePoint);
  return ch === '"' ? `'"'` : `"${ch}"`;
}
