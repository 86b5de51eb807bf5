import { hasErrors } from './validate/validate-file.ts';
import type { FileProblem } from './validate/types.ts';

interface ProblemListProps {
  id: string;
  name: string;
  problems: readonly FileProblem[];
  onSelect(problem: FileProblem): void;
}

/** What validation found, under the editor; errors are announced. */
export function ProblemList({
  id,
  name,
  problems,
  onSelect,
}: ProblemListProps) {
  const isInvalid = hasErrors(problems);
  return (
    <div
      id={id}
      className="file-problems"
      role={isInvalid ? 'alert' : undefined}
    >
      <p className="file-problems__summary">{summary(name, problems)}</p>
      {problems.length > 0 && (
        <ul className="file-problems__list">
          {problems.map((problem, index) => (
            <li
              key={`${index}:${problem.line}:${problem.column}`}
              className={`file-problems__item is-${problem.severity}`}
            >
              <button type="button" onClick={() => onSelect(problem)}>
                {problem.severity === 'error' ? 'Error' : 'Warning'} at line{' '}
                {problem.line}, column {problem.column}
              </button>{' '}
              <span>{problem.message}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function summary(name: string, problems: readonly FileProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return `${name}: no problems found.`;
  const counts = [
    errors > 0 ? plural(errors, 'error') : '',
    warnings > 0 ? plural(warnings, 'warning') : '',
  ].filter(Boolean);
  const advice = errors > 0 ? ' Fix the errors before running this step.' : '';
  return `${name}: ${counts.join(', ')}.${advice}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
