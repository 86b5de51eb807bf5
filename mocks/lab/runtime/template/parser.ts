// Builds the tree of a Go text/template subset: printing pipelines,
// with/if/range blocks (including `else with`/`else if` chains) and
// function pipes. Anything else is refused with Go's own wording.
import { TemplateError } from './errors.ts';
import { lex, type Item, type Piece } from './lexer.ts';

export type Operand =
  | { kind: 'field'; path: string[] }
  | { kind: 'dot' }
  | { kind: 'literal'; value: unknown }
  | { kind: 'function'; name: string }
  | { kind: 'pipeline'; pipeline: Pipeline };

export interface Pipeline {
  commands: Operand[][];
  line: number;
  source: string;
}

export type BlockKind = 'with' | 'if' | 'range';

export interface BlockNode {
  kind: BlockKind;
  pipeline: Pipeline;
  body: TemplateNode[];
  otherwise: TemplateNode[];
}

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'print'; pipeline: Pipeline }
  | BlockNode;

const BLOCKS = new Set<string>(['with', 'if', 'range']);
const UNSUPPORTED = ['define', 'template', 'block', 'break', 'continue'];

export function parseTemplate(
  source: string,
  functions: ReadonlySet<string>,
): TemplateNode[] {
  const lines = source.split('\n').length;
  const parser = new Parser(lex(source), functions, lines);
  const { nodes, stop } = parser.list();
  if (stop) throw new TemplateError(stop.line, `unexpected {{${stop.word}}}`);
  return nodes;
}

type Action = Extract<Piece, { kind: 'action' }>;
interface Stop {
  word: 'end' | 'else';
  line: number;
  rest: Item[];
  action: Action;
}

class Parser {
  private at = 0;

  constructor(
    private readonly pieces: Piece[],
    private readonly functions: ReadonlySet<string>,
    private readonly lastLine: number,
  ) {}

  /** Parses nodes until `{{end}}`/`{{else}}` (returned) or the input ends. */
  list(): { nodes: TemplateNode[]; stop?: Stop } {
    const nodes: TemplateNode[] = [];
    for (; this.at < this.pieces.length;) {
      const piece = this.pieces[this.at++];
      if (!piece) break;
      if (piece.kind === 'text') {
        nodes.push(piece);
        continue;
      }
      const [head, ...rest] = piece.items;
      const word = head?.kind === 'identifier' ? head.name : '';
      if (word === 'end' || word === 'else') {
        return { nodes, stop: { word, line: piece.line, rest, action: piece } };
      }
      if (BLOCKS.has(word)) {
        nodes.push(this.block(word as BlockKind, rest, piece));
        continue;
      }
      if (UNSUPPORTED.includes(word)) {
        const detail = `{{${word}}} is outside the lab's template subset`;
        throw new TemplateError(piece.line, detail);
      }
      const pipeline = this.pipeline(piece.items, piece, 'command');
      nodes.push({ kind: 'print', pipeline });
    }
    return { nodes };
  }

  private block(kind: BlockKind, items: Item[], action: Action): TemplateNode {
    const pipeline = this.pipeline(items, action, kind);
    const { nodes: body, stop } = this.list();
    if (!stop) throw new TemplateError(this.lastLine, 'unexpected EOF');
    const otherwise = stop.word === 'else' ? this.elseBranch(stop) : [];
    if (stop.word === 'end') this.expectEmpty(stop, 'end');
    return { kind, pipeline, body, otherwise };
  }

  private elseBranch(stop: Stop): TemplateNode[] {
    const [head, ...rest] = stop.rest;
    const chained = head?.kind === 'identifier' ? head.name : '';
    if (chained === 'if' || chained === 'with') {
      return [this.block(chained, rest, stop.action)];
    }
    this.expectEmpty(stop, 'else');
    const { nodes, stop: end } = this.list();
    if (!end) throw new TemplateError(this.lastLine, 'unexpected EOF');
    if (end.word === 'else') {
      throw new TemplateError(end.line, 'expected end; found {{else}}');
    }
    return nodes;
  }

  private expectEmpty(stop: Stop, word: string) {
    const extra = stop.rest[0];
    if (extra) {
      const detail = `unexpected ${describe(extra)} in ${word}`;
      throw new TemplateError(stop.line, detail);
    }
  }

  private pipeline(items: Item[], action: Action, context: string): Pipeline {
    const commands: Operand[][] = [[]];
    let depth = 0;
    let group: Item[] = [];
    for (const item of items) {
      if (depth > 0 || item.kind === 'lparen') {
        depth += item.kind === 'lparen' ? 1 : item.kind === 'rparen' ? -1 : 0;
        if (depth > 0 || item.kind !== 'rparen') group.push(item);
        else commands.at(-1)?.push(this.group(group, action));
        if (depth === 0) group = [];
        continue;
      }
      if (item.kind === 'pipe') commands.push([]);
      else commands.at(-1)?.push(this.operand(item, action.line, context));
    }
    if (depth > 0) throw new TemplateError(action.line, 'unclosed left paren');
    if (commands.some((command) => command.length === 0)) {
      throw new TemplateError(action.line, `missing value for ${context}`);
    }
    return { commands, line: action.line, source: action.source.trim() };
  }

  private group(items: Item[], action: Action): Operand {
    const inner = items.slice(1);
    return {
      kind: 'pipeline',
      pipeline: this.pipeline(inner, action, 'command'),
    };
  }

  private operand(item: Item, line: number, context: string): Operand {
    switch (item.kind) {
      case 'field':
        return { kind: 'field', path: item.path };
      case 'dot':
        return { kind: 'dot' };
      case 'string':
      case 'number':
        return { kind: 'literal', value: item.value };
      case 'identifier':
        return this.identifier(item.name, line);
      default:
        throw new TemplateError(
          line,
          `unexpected ${describe(item)} in ${context}`,
        );
    }
  }

  private identifier(name: string, line: number): Operand {
    if (name === 'true' || name === 'false') {
      return { kind: 'literal', value: name === 'true' };
    }
    if (name === 'nil') return { kind: 'literal', value: null };
    if (!this.functions.has(name)) {
      throw new TemplateError(line, `function "${name}" not defined`);
    }
    return { kind: 'function', name };
  }
}

function describe(item: Item): string {
  switch (item.kind) {
    case 'char':
      return JSON.stringify(item.text);
    case 'identifier':
      return `<${item.name}>`;
    case 'field':
      return `<.${item.path.join('.')}>`;
    case 'string':
      return JSON.stringify(item.value);
    case 'number':
      return item.text;
    case 'dot':
      return '<.>';
    case 'pipe':
      return '"|"';
    case 'lparen':
      return '"("';
    case 'rparen':
      return '")"';
  }
}
