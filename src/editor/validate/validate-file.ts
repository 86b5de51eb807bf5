import { parseHcl } from '../../lib/hcl/index.ts';
import { validateDatabaseConnection } from './database-connection.ts';
import { hclProblems } from './hcl-problems.ts';
import { parseJsonFile } from './json-file.ts';
import { validateJobspec } from './jobspec.ts';
import { validatePolicy } from './policy.ts';
import { validateCreationSql } from './sql.ts';
import { validateTokenRole } from './token-role.ts';
import type { FileLanguage, FileProblem } from './types.ts';

/**
 * Everything wrong with a step file before it is sent: syntax for
 * every language, plus the rules of the files the guide knows by name.
 */
export function validateFile(
  name: string,
  language: FileLanguage,
  content: string,
): FileProblem[] {
  const problems = problemsFor(name, language, content);
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function problemsFor(
  name: string,
  language: FileLanguage,
  content: string,
): FileProblem[] {
  switch (language) {
    case 'json':
      return jsonProblems(name, content);
    case 'hcl':
      return hclFileProblems(name, content);
    case 'sql':
      return validateCreationSql(content);
  }
}

function jsonProblems(name: string, content: string): FileProblem[] {
  if (name === 'nomad-cluster-role.json') return validateTokenRole(content);
  if (name === 'connection.json') return validateDatabaseConnection(content);
  const parsed = parseJsonFile(content);
  return parsed.ok ? [] : [parsed.problem];
}

function hclFileProblems(name: string, content: string): FileProblem[] {
  if (name.endsWith('-policy.hcl')) return validatePolicy(content);
  if (/\.nomad(\.hcl)?$/.test(name)) return validateJobspec(content);
  const parsed = parseHcl(content);
  return parsed.ok ? [] : hclProblems(parsed.diagnostics);
}

/** Whether any problem must block sending the file. */
export function hasErrors(problems: readonly FileProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
