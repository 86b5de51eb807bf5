import type { z } from 'zod';

import { SourcePositions } from '../../lib/hcl/positions.ts';
import { problemAtKey } from './json-keys.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import type { FileProblem } from './types.ts';

export type JsonParse =
  { ok: true; value: unknown } | { ok: false; problem: FileProblem };

/** Parses a JSON step file; a failure says where and how to fix it. */
export function parseJsonFile(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const offset = found?.offset ?? 0;
    const { line, column } = new SourcePositions(text).position(offset);
    const message =
      found?.message ??
      (error instanceof Error ? error.message : 'Invalid JSON.');
    return { ok: false, problem: { line, column, message, severity: 'error' } };
  }
}

/** Schema issues, each placed on the property it is about. */
export function schemaProblems(
  text: string,
  issues: readonly z.core.$ZodIssue[],
): FileProblem[] {
  return issues.map((issue) => {
    const key = issue.path[0];
    return problemAtKey(
      text,
      typeof key === 'string' ? key : undefined,
      issue.message,
      'error',
    );
  });
}
