import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';

import type { FileProblem } from './validate/types.ts';

/**
 * Editor ranges for validation problems. Problem columns count
 * characters, CodeMirror counts UTF-16 units, so each is converted.
 */
export function problemDiagnostics(
  doc: Text,
  problems: readonly FileProblem[],
): Diagnostic[] {
  return problems.map((problem) => {
    const { from, to } = problemRange(doc, problem);
    return { from, to, severity: problem.severity, message: problem.message };
  });
}

/** Document offsets a problem covers (at least one character if any). */
export function problemRange(
  doc: Text,
  problem: FileProblem,
): { from: number; to: number } {
  const lineNumber = Math.min(Math.max(problem.line, 1), doc.lines);
  const line = doc.line(lineNumber);
  const from = line.from + unitsBefore(line.text, problem.column);
  const end =
    problem.endColumn === undefined
      ? from + unitsOfCharAt(line.text, from - line.from)
      : line.from + unitsBefore(line.text, problem.endColumn);
  return { from, to: Math.max(from, Math.min(end, line.to)) };
}

function unitsBefore(text: string, column: number): number {
  const chars = [...text].slice(0, Math.max(column - 1, 0));
  return chars.join('').length;
}

function unitsOfCharAt(text: string, index: number): number {
  const codePoint = text.codePointAt(index);
  if (codePoint === undefined) return 0;
  return codePoint > 0xffff ? 2 : 1;
}
