import type { Tree } from '@lezer/common';
import type { Located } from './layout-checks.ts';
import { messages } from './messages.ts';
import type { SourcePositions } from './positions.ts';
import type { SyntaxNode, Token } from './tree.ts';

type Message = readonly [string, string];
type Range = { from: number; to: number };

// Where newlines end things (bodies, objects) and where they don't.
const contexts = new Set([
  'Tuple',
  'Object',
  'FunctionCall',
  'Attribute',
  'Block',
  'Body',
  'ConfigFile',
  'QuotedTemplate',
  'StringLit',
  'HeredocTemplate',
]);
// Lezer guesses a missing `[` or `.` where HCL sees the expression end.
const traversals = new Set(['NewIndex', 'LegacyIndex', 'GetAttr']);
// Inside these, a line break is a token of its own.
const newlineAware = new Set(['Attribute', 'Object']);

/** The first error node of the tree, worded as HCL would word it. */
export function firstParseError(
  tree: Tree,
  positions: SourcePositions,
  tokens: Token[],
): Located | undefined {
  let error: SyntaxNode | undefined;
  tree.iterate({
    enter(ref) {
      if (error) return false;
      if (ref.type.isError) error = ref.node;
      return undefined;
    },
  });
  if (!error) return undefined;
  const found = new ErrorWording(positions, tokens).describe(error);
  const diagnostic = positions.diagnostic(
    found.range.from,
    found.range.to,
    ...found.message,
  );
  return { at: found.range.from, diagnostic };
}

class ErrorWording {
  private readonly source: string;

  constructor(
    positions: SourcePositions,
    private readonly tokens: Token[],
  ) {
    this.source = positions.source;
  }

  describe(error: SyntaxNode): { range: Range; message: Message } {
    let context = error.parent;
    while (context && !contexts.has(context.name)) context = context.parent;
    const name = context?.name ?? 'ConfigFile';
    const atEnd = this.source.slice(error.from).trim() === '';
    const end = { from: this.source.length, to: this.source.length };
    const bad = this.badToken(error, newlineAware.has(name));
    const before = (child: string) =>
      context?.getChildren(child).some((n) => n.to <= error.from) ?? false;
    const badText = this.source.slice(bad.from, bad.to);
    // A missing operator means the expression simply ended there.
    const parentName = error.parent?.name ?? '';
    const ended =
      /Op$/.test(parentName) ||
      (traversals.has(parentName) && !error.prevSibling);

    switch (name) {
      case 'QuotedTemplate':
      case 'StringLit':
      case 'HeredocTemplate':
        return { range: end, message: messages.unterminatedTemplate };
      case 'Tuple':
      case 'FunctionCall': {
        const open = context?.getChild(name === 'Tuple' ? '[' : '(');
        const startsItem = this.startsItem(error);
        if (atEnd && !startsItem) {
          const from = context?.from ?? 0;
          return name === 'Tuple'
            ? {
                range: { from, to: from + 1 },
                message: messages.unterminatedTuple,
              }
            : {
                range: { from, to: open?.to ?? from },
                message: messages.unterminatedCall,
              };
        }
        if (atEnd) return { range: end, message: messages.missingExpression };
        if (startsItem && !ended)
          return { range: bad, message: messages.invalidExpression };
        const message =
          name === 'Tuple'
            ? messages.itemSeparator
            : messages.argumentSeparator;
        return { range: bad, message };
      }
      case 'Object':
        return this.describeObject(error, context, bad, atEnd);
      case 'Attribute': {
        const name = context?.getChild('Identifier');
        if (!before('AssignOp')) {
          return name && error.prevSibling?.name === 'Identifier'
            ? { range: name, message: messages.argumentNeedsEquals }
            : { range: bad, message: messages.argumentOrBlock };
        }
        if (badText === ',')
          return { range: bad, message: messages.commaAfterArgument };
        if (before('Expression') || ended) {
          return { range: bad, message: messages.newlineAfterArgument };
        }
        return atEnd
          ? { range: end, message: messages.missingExpression }
          : { range: bad, message: messages.invalidExpression };
      }
      case 'Block': {
        const open = context?.getChild('{');
        if (open && open.to <= error.from) {
          return atEnd
            ? { range: open, message: messages.unclosedBlock }
            : this.inBody(error, bad, badText);
        }
        if (badText === '=')
          return { range: bad, message: messages.blockEquals };
        const type = context?.getChild('BlockType')?.firstChild;
        if (type && !before('BlockLabel')) {
          return { range: type, message: messages.argumentNeedsEquals };
        }
        if (badText === '\n')
          return { range: bad, message: messages.blockNewline };
        return { range: bad, message: messages.blockLabelOrBrace };
      }
      default:
        return this.inBody(error, bad, badText);
    }
  }

  private describeObject(
    error: SyntaxNode,
    object: SyntaxNode | null,
    bad: Range,
    atEnd: boolean,
  ): { range: Range; message: Message } {
    const from = object?.from ?? 0;
    if (atEnd) {
      return {
        range: { from, to: from + 1 },
        message: messages.unterminatedObject,
      };
    }
    const element = error.parent?.name === 'ObjectElem' ? error.parent : null;
    const hasEquals =
      element?.getChild('AssignOp') ?? element?.getChild('Colon');
    if (element && !hasEquals) {
      const text = this.source.slice(bad.from, bad.to);
      const token = this.tokens.find((t) => t.from === bad.from);
      if (text === '\n' || text === ',') {
        return { range: bad, message: messages.attributeValue };
      }
      return token?.name === 'Identifier'
        ? { range: bad, message: messages.keyValueSeparatorName }
        : { range: bad, message: messages.keyValueSeparator };
    }
    return { range: bad, message: messages.attributeSeparator };
  }

  /** A stray token among a body's items. */
  private inBody(error: SyntaxNode, bad: Range, text: string) {
    let previous = error.prevSibling;
    while (previous?.name === 'Comment') previous = previous.prevSibling;
    if (previous?.name === 'Body') previous = previous.lastChild;
    if (!previous || this.source.slice(previous.to, bad.from).includes('\n')) {
      const message =
        text === '"' ? messages.quotedName : messages.argumentOrBlock;
      return { range: bad, message };
    }
    if (previous.name === 'Attribute') {
      const message =
        text === ','
          ? messages.commaAfterArgument
          : messages.newlineAfterArgument;
      return { range: bad, message };
    }
    const message =
      previous.name === 'Block'
        ? messages.newlineAfterBlock
        : messages.argumentOrBlock;
    return { range: bad, message };
  }

  /** True when the error sits where an item (not a separator) starts. */
  private startsItem(error: SyntaxNode): boolean {
    const parent = error.parent;
    if (parent?.name === 'Expression' && parent.from < error.from) return false;
    const previous = error.prevSibling;
    return !previous || ['[', '(', 'Comma'].includes(previous.name);
  }

  /** The token HCL would have choked on at the error. */
  private badToken(error: SyntaxNode, newlines: boolean): Range {
    if (error.to > error.from) {
      const inside = this.tokens.find(
        (t) => t.from >= error.from && t.to <= error.to && t.to > t.from,
      );
      return inside ?? { from: error.from, to: error.to };
    }
    const previous = newlines ? error.prevSibling : null;
    let at = Math.min(previous?.to ?? error.from, error.from);
    while (at < this.source.length) {
      const char = this.source[at];
      if (char === '\n' && newlines) return { from: at, to: at + 1 };
      if (char !== ' ' && char !== '\t' && char !== '\r' && char !== '\n')
        break;
      at++;
    }
    const next = this.tokens.find((t) => t.from >= at && t.to > t.from);
    return next ?? { from: at, to: at };
  }
}
