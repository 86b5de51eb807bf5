import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';

import { problemDiagnostics, problemRange } from './problem-diagnostics.ts';
import type { FileProblem } from './validate/types.ts';

const doc = Text.of(['{', '  "a": "é😀x",', '}']);

describe('problemDiagnostics', () => {
  it('turns a line and column span into document offsets', () => {
    const problem: FileProblem = {
      line: 2,
      column: 3,
      endColumn: 6,
      message: 'x',
      severity: 'error',
    };

    const [diagnostic] = problemDiagnostics(doc, [problem]);

    expect(diagnostic).toEqual({
      from: 4,
      to: 7,
      severity: 'error',
      message: 'x',
    });
  });

  it('counts columns in characters, not UTF-16 units', () => {
    const problem: FileProblem = {
      line: 2,
      column: 11,
      message: 'x',
      severity: 'warning',
    };

    const range = problemRange(doc, problem);

    expect(doc.sliceString(range.from, range.to)).toBe('x');
  });

  it('keeps a problem past the end inside the document', () => {
    const problem: FileProblem = {
      line: 9,
      column: 40,
      message: 'x',
      severity: 'error',
    };

    const range = problemRange(doc, problem);

    expect(range).toEqual({ from: doc.length, to: doc.length });
  });
});
