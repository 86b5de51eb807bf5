import type { FileLanguage } from '../../guide/types.ts';

export type { FileLanguage };

/**
 * One thing wrong (or risky) in a step file, at a 1-based line and
 * column counted in characters. `endColumn` (exclusive, same line) is
 * set when the problem covers a known span.
 */
export interface FileProblem {
  line: number;
  column: number;
  endColumn?: number;
  message: string;
  severity: 'error' | 'warning';
}
