// Runs a parsed template against a dot value and a function table, like
// Go's text/template executor (no variables, no html escaping).
import { TemplateError } from './errors.ts';
import { fieldOf, goPrint, isTrue } from './go-values.ts';
import type { BlockNode, Operand, Pipeline, TemplateNode } from './parser.ts';

export type TemplateFunction = (...args: unknown[]) => unknown;
export type FunctionTable = Readonly<Record<string, TemplateFunction>>;

export function executeTemplate(
  nodes: readonly TemplateNode[],
  functions: FunctionTable,
  dot: unknown,
): string {
  const out: string[] = [];
  const walk = (list: readonly TemplateNode[], here: unknown) => {
    for (const node of list) {
      if (node.kind === 'text') {
        out.push(node.text);
        continue;
      }
      const value = evaluate(node.pipeline, functions, here);
      if (node.kind === 'print') out.push(goPrint(value));
      else if (node.kind === 'range') rangeOver(value, node, here);
      else if (isTrue(value))
        walk(node.body, node.kind === 'with' ? value : here);
      else walk(node.otherwise, here);
    }
  };
  const rangeOver = (value: unknown, node: BlockNode, here: unknown) => {
    const items = rangeItems(value, node.pipeline);
    if (items.length === 0) walk(node.otherwise, here);
    for (const item of items) walk(node.body, item);
  };
  walk(nodes, dot);
  return out.join('');
}

function rangeItems(value: unknown, pipeline: Pipeline): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object') {
    const map = value as Record<string, unknown>;
    return Object.keys(map)
      .sort()
      .map((key) => map[key]);
  }
  const detail = `range can't iterate over ${goPrint(value)}`;
  throw new TemplateError(pipeline.line, detail, pipeline.source);
}

function evaluate(
  pipeline: Pipeline,
  functions: FunctionTable,
  dot: unknown,
): unknown {
  let piped: { value: unknown } | undefined;
  for (const command of pipeline.commands) {
    const value = runCommand(command, piped, pipeline, functions, dot);
    piped = { value };
  }
  return piped?.value;
}

function runCommand(
  command: readonly Operand[],
  piped: { value: unknown } | undefined,
  pipeline: Pipeline,
  functions: FunctionTable,
  dot: unknown,
): unknown {
  const [head, ...rest] = command;
  const fail = (detail: string) =>
    new TemplateError(pipeline.line, detail, pipeline.source);
  if (head?.kind !== 'function') {
    if (rest.length > 0 || piped) {
      throw fail(`can't give argument to non-function ${show(head)}`);
    }
    return operandValue(head, pipeline, functions, dot);
  }
  const args = rest.map((arg) => operandValue(arg, pipeline, functions, dot));
  if (piped) args.push(piped.value);
  const fn = functions[head.name];
  if (!fn) throw fail(`"${head.name}" is not a defined function`);
  try {
    return fn(...args);
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw fail(`error calling ${head.name}: ${reason}`);
  }
}

function operandValue(
  operand: Operand | undefined,
  pipeline: Pipeline,
  functions: FunctionTable,
  dot: unknown,
): unknown {
  switch (operand?.kind) {
    case undefined:
      return undefined;
    case 'dot':
      return dot;
    case 'literal':
      return operand.value;
    case 'pipeline':
      return evaluate(operand.pipeline, functions, dot);
    case 'function':
      return runCommand([operand], undefined, pipeline, functions, dot);
    case 'field':
      try {
        return operand.path.reduce<unknown>(fieldOf, dot);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new TemplateError(pipeline.line, detail, show(operand));
      }
  }
}

function show(operand: Operand | undefined): string {
  if (operand?.kind === 'field') return `.${operand.path.join('.')}`;
  if (operand?.kind === 'dot') return '.';
  if (operand?.kind === 'literal') return JSON.stringify(operand.value);
  return 'operand';
}
