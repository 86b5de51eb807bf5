import { parseHcl, type HclBlock } from '../../lib/hcl/index.ts';
import { problemAtAttribute, problemAtLine } from './hcl-locate.ts';
import { hclProblems } from './hcl-problems.ts';
import { pathBodyProblems } from './policy-path.ts';
import { topLevelKeys } from './policy-rules.ts';
import { closestWord } from './suggest.ts';
import type { FileProblem } from './types.ts';

const policyShape =
  'A policy holds only path "…" { capabilities = [...] } blocks';

/**
 * Checks a Vault ACL policy: HCL syntax first, then Vault's grammar
 * (path blocks, their keys, known capabilities).
 * @see https://developer.hashicorp.com/vault/docs/concepts/policies
 */
export function validatePolicy(source: string): FileProblem[] {
  const parsed = parseHcl(source);
  if (!parsed.ok) return hclProblems(parsed.diagnostics);
  const { attributes, blocks } = parsed.body;
  const problems: FileProblem[] = [];
  for (const key of Object.keys(attributes)) {
    if (key === 'name') continue;
    const message =
      `Vault does not know the top-level key "${key}". ` + `${policyShape}.`;
    problems.push(problemAtAttribute(source, 1, key, message, 'error'));
  }
  for (const block of blocks) problems.push(...blockProblems(source, block));
  if (blocks.length === 0 && problems.length === 0) {
    const message = `The policy grants nothing. ${policyShape}.`;
    problems.push({ line: 1, column: 1, message, severity: 'warning' });
  }
  return problems;
}

function blockProblems(source: string, block: HclBlock): FileProblem[] {
  if (block.type !== 'path') {
    const guess = closestWord(block.type, topLevelKeys);
    const hint = guess ? ` Did you mean "${guess}"?` : '';
    const message =
      `Vault does not know the block "${block.type}".${hint} ` +
      `${policyShape}.`;
    return [problemAtLine(source, block.line, message, 'error')];
  }
  const [path, ...extra] = block.labels;
  if (path === undefined || extra.length > 0) {
    const message =
      'A path block takes exactly one quoted path, e.g. ' +
      'path "database/creds/accessdb" { … }.';
    return [problemAtLine(source, block.line, message, 'error')];
  }
  const problems = pathProblems(source, block, path);
  return [...problems, ...pathBodyProblems(source, block, path)];
}

function pathProblems(source: string, block: HclBlock, path: string) {
  if (path.includes('+*')) {
    const message =
      "Vault rejects this path: invalid use of wildcards ('+*' is " +
      'forbidden). Use "+" for one segment or a trailing "*" for a prefix.';
    return [problemAtLine(source, block.line, message, 'error')];
  }
  if (path.slice(0, -1).includes('*')) {
    const message =
      `"*" only works at the end of a path; in "${path}" it matches a ` +
      'literal "*". Use "+" to match one path segment.';
    return [problemAtLine(source, block.line, message, 'warning')];
  }
  return [];
}
