// The consul-template subset the lab renders: Go text/template syntax with
// a few of consul-template's functions. Callers add `secret`, `env` and
// `nomadService`, which need the task's surroundings.
import { executeTemplate } from './execute.ts';
import type { FunctionTable, TemplateFunction } from './execute.ts';
import { goJson } from './go-json.ts';
import { goPrint, goType } from './go-values.ts';
import { parseTemplate } from './parser.ts';

export { TemplateError } from './errors.ts';
export { GoStruct } from './go-values.ts';
export { goJson, goJsonString } from './go-json.ts';
export type { FunctionTable, TemplateFunction };

const text = (value: unknown): string => {
  if (typeof value !== 'string') {
    throw new Error(
      `wrong type for value; expected string; got ${goType(value)}`,
    );
  }
  return value;
};

/** Functions every render has; consul-template's `toJSON` trims its output. */
export const builtinFunctions: FunctionTable = {
  toJSON: (value) => goJson(value).trim(),
  toUpper: (value) => text(value).toUpperCase(),
  toLower: (value) => text(value).toLowerCase(),
  trimSpace: (value) => text(value).trim(),
  not: (value) => !value,
  print: (...values) => values.map((value) => goPrint(value)).join(''),
  len: (value) => {
    if (typeof value === 'string' || Array.isArray(value)) return value.length;
    if (value && typeof value === 'object') return Object.keys(value).length;
    throw new Error(`len of type ${goType(value)}`);
  },
  eq: (left, ...rights) => rights.some((right) => right === left),
  ne: (left, right) => left !== right,
};

/** Parses and runs `source`; throws TemplateError with Go's wording. */
export function renderTemplate(
  source: string,
  functions: FunctionTable = {},
  dot: unknown = null,
): string {
  const table = { ...builtinFunctions, ...functions };
  const nodes = parseTemplate(source, new Set(Object.keys(table)));
  return executeTemplate(nodes, table, dot);
}
