import {
  attributeRedefined,
  messages,
  singleArgumentOnly,
} from './messages.ts';
import type { SourcePositions } from './positions.ts';
import { breaksLine, children, type SyntaxNode } from './tree.ts';
import type { HclDiagnostic } from './types.ts';

export interface Located {
  at: number;
  diagnostic: HclDiagnostic;
}

function hasError(node: SyntaxNode): boolean {
  let found = false;
  node.cursor().iterate((ref) => {
    if (ref.type.isError) found = true;
    return !found;
  });
  return found;
}

const items = (body: SyntaxNode | null) =>
  body
    ? children(body).filter((n) => n.name === 'Attribute' || n.name === 'Block')
    : [];

/**
 * HCL is line-oriented where the Lezer grammar is not: each argument and
 * block ends with a newline, and a block opened with content on its own
 * line must close there too. These rules are checked here.
 */
export class LayoutChecks {
  readonly found: Located[] = [];
  private readonly source: string;

  constructor(
    private readonly positions: SourcePositions,
    private readonly filename: string,
  ) {
    this.source = positions.source;
  }

  checkBody(body: SyntaxNode | null, close: SyntaxNode | null) {
    const list = items(body);
    this.checkRedefinitions(list);
    list.forEach((item, i) => {
      const next = list[i + 1] ?? close;
      if (item.name === 'Block') this.checkBlock(item);
      else this.checkObjects(item);
      if (!next || hasError(item) || hasError(next)) return;
      if (breaksLine(this.source, item.to, next.from)) return;
      const [summary, detail] =
        item.name === 'Block'
          ? messages.newlineAfterBlock
          : messages.newlineAfterArgument;
      this.add(next.from, this.firstTokenEnd(next), summary, detail);
    });
  }

  private checkBlock(block: SyntaxNode) {
    const parts = children(block);
    const open = block.getChild('{');
    const close = block.getChild('}');
    const body = block.getChild('Body');
    const header = parts.filter((n) => open === null || n.to <= open.from);
    if (this.checkHeader(header, open)) return;
    const first = items(body)[0];
    if (open && first && !breaksLine(this.source, open.to, first.from)) {
      this.checkSingleLine(body, close);
      return;
    }
    this.checkBody(body, close);
  }

  /** Reports a header broken over lines; true when it did. */
  private checkHeader(header: SyntaxNode[], open: SyntaxNode | null) {
    for (let i = 0; i + 1 < header.length; i++) {
      const here = header[i];
      const next = header[i + 1] ?? open;
      if (!here || !next || !breaksLine(this.source, here.to, next.from)) {
        continue;
      }
      if (i === 0) {
        this.add(here.from, here.to, ...messages.argumentNeedsEquals);
      } else {
        const at = this.source.indexOf('\n', here.to);
        this.add(at, at + 1, ...messages.blockNewline);
      }
      return true;
    }
    const last = header[header.length - 1];
    if (last && open && breaksLine(this.source, last.to, open.from)) {
      const at = this.source.indexOf('\n', last.to);
      this.add(at, at + 1, ...messages.blockNewline);
      return true;
    }
    return false;
  }

  private checkSingleLine(body: SyntaxNode | null, close: SyntaxNode | null) {
    const [first, second] = items(body);
    if (!first) return;
    if (first.name === 'Block') {
      const type = first.getChild('BlockType');
      const after = children(first)[1];
      const name = type ? this.source.slice(type.from, type.to) : '';
      const end = after ? this.firstTokenEnd(after) : first.to;
      this.add(first.from, end, ...singleArgumentOnly(name));
      return;
    }
    this.checkObjects(first);
    const next = second ?? close;
    if (!next || hasError(first)) return;
    if (breaksLine(this.source, first.to, next.from)) {
      const at = this.source.indexOf('\n', first.to);
      this.add(at, at + 1, ...messages.singleLineNewline);
    } else if (second) {
      this.add(
        second.from,
        this.firstTokenEnd(second),
        ...messages.singleLineEnd,
      );
    }
  }

  private checkRedefinitions(list: SyntaxNode[]) {
    const seen = new Map<string, SyntaxNode>();
    for (const item of list) {
      const name =
        item.name === 'Attribute' ? item.getChild('Identifier') : null;
      if (!name) continue;
      const text = this.source.slice(name.from, name.to);
      const first = seen.get(text);
      if (!first) {
        seen.set(text, name);
        continue;
      }
      const a = this.positions.position(first.from);
      const b = this.positions.position(first.to);
      const at = `${this.filename}:${a.line},${a.column}-${b.column}`;
      this.add(name.from, name.to, ...attributeRedefined(text, at));
    }
  }

  /** Object constructors need a comma or newline between elements. */
  private checkObjects(node: SyntaxNode) {
    node.cursor().iterate((ref) => {
      if (ref.name !== 'Object') return;
      const parts = children(ref.node);
      parts.forEach((part, i) => {
        const next = parts[i + 1];
        if (part.name !== 'ObjectElem' || next?.name !== 'ObjectElem') return;
        if (hasError(part) || hasError(next)) return;
        if (breaksLine(this.source, part.to, next.from)) return;
        this.add(
          next.from,
          this.firstTokenEnd(next),
          ...messages.attributeSeparator,
        );
      });
    });
  }

  private firstTokenEnd(node: SyntaxNode): number {
    let leaf = node;
    while (leaf.firstChild) leaf = leaf.firstChild;
    return leaf.to;
  }

  private add(from: number, to: number, summary: string, detail: string) {
    const diagnostic = this.positions.diagnostic(from, to, summary, detail);
    this.found.push({ at: from, diagnostic });
  }
}
