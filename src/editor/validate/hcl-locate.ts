import type { FileProblem } from './types.ts';

// The shared HCL reader gives blocks a line but attributes no position,
// so problems are placed by finding the text from the block's line on.

/** A problem on the first `key =` at or after `fromLine`. */
export function problemAtAttribute(
  source: string,
  fromLine: number,
  key: string,
  message: string,
  severity: FileProblem['severity'],
): FileProblem {
  const found = findAttribute(source, fromLine, key);
  if (!found) return { line: fromLine, column: 1, message, severity };
  const endColumn = found.column + key.length;
  return {
    line: found.line,
    column: found.column,
    endColumn,
    message,
    severity,
  };
}

/** A problem on the quoted `"value"` in the attribute `key`. */
export function problemAtValue(
  source: string,
  fromLine: number,
  key: string,
  value: string,
  message: string,
  severity: FileProblem['severity'],
): FileProblem {
  const found = findAttribute(source, fromLine, key);
  const lines = source.split('\n');
  const quoted = JSON.stringify(value);
  for (let line = found?.line ?? fromLine; line <= lines.length; line++) {
    const index = lines[line - 1]?.indexOf(quoted) ?? -1;
    if (index >= 0) {
      const column = [...(lines[line - 1] ?? '').slice(0, index)].length + 1;
      const endColumn = column + [...quoted].length;
      return { line, column, endColumn, message, severity };
    }
  }
  return problemAtAttribute(source, fromLine, key, message, severity);
}

/** A problem on a block's header line, from its first character. */
export function problemAtLine(
  source: string,
  line: number,
  message: string,
  severity: FileProblem['severity'],
): FileProblem {
  const text = source.split('\n')[line - 1] ?? '';
  const column = Math.max(0, text.search(/\S/)) + 1;
  const endColumn = Math.max(column + 1, [...text.trimEnd()].length + 1);
  return { line, column, endColumn, message, severity };
}

function findAttribute(source: string, fromLine: number, key: string) {
  const lines = source.split('\n');
  const pattern = new RegExp(`^(\\s*)${key}\\s*=`);
  for (let line = fromLine; line <= lines.length; line++) {
    const match = pattern.exec(lines[line - 1] ?? '');
    if (match) return { line, column: [...(match[1] ?? '')].length + 1 };
  }
  return null;
}
