import type { Step, StepContext } from '../guide/types.ts';

/**
 * Checks the step's files as the learner edited them before anything is
 * sent; resolves with a message naming the first problems, or undefined.
 */
export async function findFileErrors(
  step: Step,
  context: StepContext,
): Promise<string | undefined> {
  // The validators share CodeMirror's HCL grammar: load them on demand.
  const { validateFile } = await import('../editor/validate/validate-file.ts');
  for (const file of step.files) {
    const problems = validateFile(
      file.name,
      file.language,
      context.file(file.name),
    ).filter((problem) => problem.severity === 'error');
    const first = problems[0];
    if (first === undefined) continue;
    const more =
      problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    const message = first.message.replace(/\.$/, '');
    return (
      `${file.name} line ${first.line}, column ${first.column}: ` +
      `${message}${more}. Fix the file, or use Restore original, ` +
      'then run the step again.'
    );
  }
  return undefined;
}
