import { LayoutChecks, type Located } from './layout-checks.ts';
import { lexicalChecks } from './lexical-checks.ts';
import { firstParseError } from './parse-errors.ts';
import { SourcePositions } from './positions.ts';
import { quotedText } from './templates.ts';
import { children, parseTree, tokens, type SyntaxNode } from './tree.ts';
import type {
  HclBody,
  HclResult,
  HclSyntaxBlock,
  HclSyntaxBody,
  HclSyntaxResult,
} from './types.ts';
import { Evaluator } from './values.ts';

export interface ParseOptions {
  /** Named in diagnostics that point elsewhere; Nomad's API uses input.hcl. */
  filename?: string;
}

/**
 * Parses HCL 2 native syntax into attributes and blocks, or returns the
 * diagnostics HCL itself would report (the first syntax error only, as
 * HCL goes quiet once it is recovering from one).
 */
export function parseHcl(
  source: string,
  options: ParseOptions = {},
): HclResult {
  const result = parseHclSyntax(source, options);
  return result.ok ? { ok: true, body: plainBody(result.body) } : result;
}

/** Like parseHcl, keeping where each attribute and block was written. */
export function parseHclSyntax(
  source: string,
  options: ParseOptions = {},
): HclSyntaxResult {
  const tree = parseTree(source);
  const positions = new SourcePositions(source);
  const leaves = tokens(tree);
  const quoted: { from: number; to: number }[] = [];
  tree.iterate({
    enter(ref) {
      if (ref.name !== 'StringLit' && ref.name !== 'QuotedTemplate') return;
      for (const literal of ref.node.getChildren('TemplateLiteral')) {
        quoted.push({ from: literal.from, to: literal.to });
      }
    },
  });
  const lexical = lexicalChecks(positions, leaves, quoted);
  const top = tree.topNode.getChild('Body');
  const layout = new LayoutChecks(positions, options.filename ?? 'input.hcl');
  layout.checkBody(top, null);
  const parseError = firstParseError(tree, positions, leaves);
  const syntax: Located[] = [...layout.found];
  if (parseError) syntax.push(parseError);
  syntax.sort((a, b) => a.at - b.at);
  const first = syntax[0];
  const diagnostics = first ? [...lexical, first.diagnostic] : lexical;
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const reader = new BodyReader(new Evaluator(positions), positions);
  const body = reader.body(top, source.length);
  const { diagnostics: evaluation } = reader.evaluator;
  return evaluation.length > 0
    ? { ok: false, diagnostics: evaluation }
    : { ok: true, body };
}

export function plainBody(body: HclSyntaxBody): HclBody {
  return {
    attributes: Object.fromEntries(
      body.attributes.map((a) => [a.name, a.value]),
    ),
    blocks: body.blocks.map((b) => ({
      type: b.type,
      labels: b.labels,
      body: plainBody(b.body),
      line: b.line,
    })),
  };
}

class BodyReader {
  constructor(
    readonly evaluator: Evaluator,
    private readonly positions: SourcePositions,
  ) {}

  body(node: SyntaxNode | null, end: number): HclSyntaxBody {
    const body: HclSyntaxBody = {
      attributes: [],
      blocks: [],
      endRange: this.positions.range(end, end),
    };
    for (const item of node ? children(node) : []) {
      if (item.name === 'Block') body.blocks.push(this.block(item));
      if (item.name !== 'Attribute') continue;
      const name = item.getChild('Identifier');
      const value = item.getChild('Expression');
      if (!name || !value) continue;
      body.attributes.push({
        name: this.evaluator.text(name),
        value: this.evaluator.resolve(value),
        nameRange: this.positions.range(name.from, name.to),
        valueRange: this.positions.range(value.from, value.to),
      });
    }
    return body;
  }

  private block(node: SyntaxNode): HclSyntaxBlock {
    const type = node.getChild('BlockType')?.firstChild ?? node;
    const labelNodes = node.getChildren('BlockLabel');
    const open = node.getChild('{');
    const close = node.getChild('}');
    const range = (n: SyntaxNode) => this.positions.range(n.from, n.to);
    return {
      type: this.evaluator.text(type),
      labels: labelNodes.map((label) => {
        const text = label.getChild('StringLit');
        return text
          ? quotedText(this.positions.source, text)
          : this.evaluator.text(label);
      }),
      typeRange: range(type),
      labelRanges: labelNodes.map(range),
      openBraceRange: open ? range(open) : range(type),
      body: this.body(node.getChild('Body'), close?.from ?? node.to),
      line: this.positions.position(node.from).line,
    };
  }
}
