import { unknownFunction } from './messages.ts';
import type { SourcePositions } from './positions.ts';
import { heredocText, quotedText } from './templates.ts';
import { children, type SyntaxNode } from './tree.ts';
import type { HclDiagnostic, HclValue } from './types.ts';

// A value only Nomad can know (a variable such as attr.x or NOMAD_...).
const unknown = Symbol('unknown');
type Maybe = HclValue | typeof unknown;

const functions: Record<string, (args: HclValue[]) => HclValue> = {
  upper: ([s]) => String(s).toUpperCase(),
  lower: ([s]) => String(s).toLowerCase(),
  trimspace: ([s]) => String(s).trim(),
  jsonencode: ([v]) => JSON.stringify(v ?? null),
  join: ([sep, list]) => (Array.isArray(list) ? list.join(String(sep)) : ''),
};

/** Evaluates the literal part of HCL expressions. */
export class Evaluator {
  readonly diagnostics: HclDiagnostic[] = [];
  private readonly source: string;

  constructor(private readonly positions: SourcePositions) {
    this.source = positions.source;
  }

  /** An attribute's value; references Nomad resolves stay `${...}`. */
  resolve(node: SyntaxNode): HclValue {
    const value = this.value(node);
    return value === unknown ? `\${${this.text(node)}}` : value;
  }

  text(node: SyntaxNode): string {
    return this.source.slice(node.from, node.to);
  }

  private value(node: SyntaxNode): Maybe {
    const first = node.firstChild;
    switch (node.name) {
      case 'Expression':
        return this.expression(node);
      case 'NumericLit':
        return Number(this.text(node));
      case 'BoolLit':
        return this.text(node) === 'true';
      case 'NullLit':
        return null;
      case 'StringLit':
      case 'QuotedTemplate':
        return quotedText(this.source, node);
      case 'HeredocTemplate':
        return heredocText(this.source, node);
      case 'Tuple':
        return children(node)
          .filter((n) => n.name === 'Expression')
          .map((n) => this.resolve(n));
      case 'Object':
        return this.object(node);
      case 'FunctionCall':
        return this.call(node);
      case 'UnaryOperation':
      case 'BinaryOperation':
        return this.operation(node);
      case 'Conditional':
        return this.conditional(node);
      case 'LiteralValue':
      case 'TemplateExpr':
      case 'CollectionValue':
      case 'Operation':
        return first ? this.value(first) : unknown;
      default:
        return unknown;
    }
  }

  private expression(node: SyntaxNode): Maybe {
    const parts = children(node);
    const [first, second] = parts;
    if (first?.name === '(' && second) return this.value(second);
    return parts.length === 1 && first ? this.value(first) : unknown;
  }

  private object(node: SyntaxNode): HclValue {
    const result: Record<string, HclValue> = {};
    for (const element of node.getChildren('ObjectElem')) {
      const key = element.getChild('ObjectKey')?.firstChild;
      const value = element.getChild('Expression');
      if (!key || !value) continue;
      const bare =
        key.firstChild?.name === 'VariableExpr' && !key.firstChild.nextSibling;
      const name = bare ? this.text(key) : this.resolve(key);
      result[String(name)] = this.resolve(value);
    }
    return result;
  }

  private call(node: SyntaxNode): Maybe {
    const nameNode = node.getChild('FunctionName');
    if (!nameNode) return unknown;
    const name = this.text(node).slice(0, nameNode.to - node.from);
    const fn = functions[name];
    if (!fn) {
      const from = node.from;
      this.diagnostics.push(
        this.positions.diagnostic(from, nameNode.to, ...unknownFunction(name)),
      );
      return unknown;
    }
    const args = node.getChild('FunctionArguments');
    const values = args
      ? children(args)
          .filter((n) => n.name === 'Expression')
          .map((n) => this.value(n))
      : [];
    if (values.includes(unknown)) return unknown;
    return fn(values as HclValue[]);
  }

  /** Operands of an operation; `( expr )` groups count as one. */
  private operands(node: SyntaxNode): { values: Maybe[]; ops: string[] } {
    const values: Maybe[] = [];
    const ops: string[] = [];
    const parts = children(node);
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (!part || part.name === ')') continue;
      if (/Op$/.test(part.name)) ops.push(this.text(part));
      else if (part.name === '(') {
        const inner = parts[i + 1];
        values.push(inner ? this.value(inner) : unknown);
        i++;
      } else values.push(this.value(part));
    }
    return { values, ops };
  }

  private operation(node: SyntaxNode): Maybe {
    const { values, ops } = this.operands(node);
    const [a, b] = values;
    const op = ops[0];
    if (a === unknown || b === unknown || a === undefined || !op)
      return unknown;
    if (b === undefined) {
      if (op === '-' && typeof a === 'number') return -a;
      if (op === '!' && typeof a === 'boolean') return !a;
      return unknown;
    }
    return binary(op, a, b);
  }

  private conditional(node: SyntaxNode): Maybe {
    const [cond, yes, no] = node.getChildren('Expression');
    if (!cond || !yes || !no) return unknown;
    const test = this.value(cond);
    if (typeof test !== 'boolean') return unknown;
    return this.value(test ? yes : no);
  }
}

function binary(op: string, a: HclValue, b: HclValue): Maybe {
  if (op === '==') return JSON.stringify(a) === JSON.stringify(b);
  if (op === '!=') return JSON.stringify(a) !== JSON.stringify(b);
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    if (op === '&&') return a && b;
    if (op === '||') return a || b;
  }
  if (typeof a !== 'number' || typeof b !== 'number') return unknown;
  const arithmetic: Record<string, number | boolean> = {
    '+': a + b,
    '-': a - b,
    '*': a * b,
    '/': a / b,
    '%': a % b,
    '<': a < b,
    '>': a > b,
    '<=': a <= b,
    '>=': a >= b,
  };
  return arithmetic[op] ?? unknown;
}
