import type { HclDiagnostic } from '../../lib/hcl/index.ts';
import type { FileProblem } from './types.ts';

/** HCL's diagnostics as problems, worded `Summary; Detail` like HCL. */
export function hclProblems(diagnostics: HclDiagnostic[]): FileProblem[] {
  return diagnostics.map((d) => {
    const problem: FileProblem = {
      line: d.line,
      column: d.column,
      message: `${d.summary}; ${d.detail}`,
      severity: 'error',
    };
    if (d.endLine === undefined) problem.endColumn = d.endColumn;
    return problem;
  });
}
