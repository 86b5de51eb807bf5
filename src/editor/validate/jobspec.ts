import { parseHcl, type HclBlock } from '../../lib/hcl/index.ts';
import { problemAtAttribute, problemAtLine } from './hcl-locate.ts';
import { hclProblems } from './hcl-problems.ts';
import { closestWord } from './suggest.ts';
import type { FileProblem } from './types.ts';

// What HCL 2 jobspecs may hold at the top level (jobspec2/parse.go).
const topLevelBlocks = ['job', 'variable', 'variables', 'locals'];

/**
 * Checks a Nomad jobspec: HCL syntax, then one `job "name" { … }` block.
 * Deeper schema errors are left to Nomad's own parse endpoint.
 */
export function validateJobspec(source: string): FileProblem[] {
  const parsed = parseHcl(source);
  if (!parsed.ok) return hclProblems(parsed.diagnostics);
  const { attributes, blocks } = parsed.body;
  const problems: FileProblem[] = Object.keys(attributes).map((key) => {
    const message =
      `Unsupported argument; An argument named "${key}" is not expected ` +
      'here. Move it inside the job block.';
    return problemAtAttribute(source, 1, key, message, 'error');
  });
  for (const block of blocks) {
    if (!topLevelBlocks.includes(block.type)) {
      problems.push(unsupportedBlock(source, block));
    }
  }
  return [...problems, ...jobBlockProblems(source, blocks)];
}

function unsupportedBlock(source: string, block: HclBlock): FileProblem {
  const guess = closestWord(block.type, topLevelBlocks);
  const hint = guess ? ` Did you mean "${guess}"?` : '';
  const message =
    `Unsupported block type; Blocks of type "${block.type}" are not ` +
    `expected here.${hint}`;
  return problemAtLine(source, block.line, message, 'error');
}

function jobBlockProblems(source: string, blocks: HclBlock[]) {
  const jobs = blocks.filter((block) => block.type === 'job');
  const [first, ...others] = jobs;
  if (!first) {
    const message =
      'A jobspec needs a job block: job "name" { … } around its groups.';
    return [{ line: 1, column: 1, message, severity: 'error' } as const];
  }
  const problems: FileProblem[] = others.map((job) =>
    problemAtLine(
      source,
      job.line,
      'Only one job block is allowed per file; move this job to its own file.',
      'error',
    ),
  );
  if (first.labels.length !== 1) {
    const message =
      'The job block takes exactly one label, the job name, e.g. ' +
      'job "postgres-nomad-demo" { … }.';
    problems.push(problemAtLine(source, first.line, message, 'error'));
  }
  return problems;
}
