import { children, type SyntaxNode } from './tree.ts';

const quotedEscapes =
  /\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[nrt"\\])|\$\$\{|%%\{/g;
const templateEscapes = /\$\$\{|%%\{/g;
const simple: Record<string, string> = {
  '\\n': '\n',
  '\\r': '\r',
  '\\t': '\t',
  '\\"': '"',
  '\\\\': '\\',
  '$${': '${',
  '%%{': '%{',
};

function unescape(text: string, quoted: boolean): string {
  return text.replace(quoted ? quotedEscapes : templateEscapes, (match) => {
    const known = simple[match];
    if (known !== undefined) return known;
    return String.fromCodePoint(parseInt(match.slice(2), 16));
  });
}

/**
 * The text of a template with `${...}` and `%{...}` sequences kept as
 * written: Nomad fills in `${NOMAD_...}` itself when the task runs.
 */
function templateText(
  source: string,
  parts: SyntaxNode[],
  quoted: boolean,
): string {
  return parts
    .map((part) => {
      const text = source.slice(part.from, part.to);
      return part.name === 'TemplateLiteral' ? unescape(text, quoted) : text;
    })
    .join('');
}

export function quotedText(source: string, node: SyntaxNode): string {
  const parts = children(node).filter(
    (n) => n.name !== 'QuotedTemplateStart' && n.name !== 'QuotedTemplateEnd',
  );
  return templateText(source, parts, true);
}

/** A heredoc's content: the lines between its markers, newline included. */
export function heredocText(source: string, node: SyntaxNode): string {
  const parts = children(node);
  const start = parts.find((n) => n.name === 'HeredocStart');
  const markers = parts.filter((n) => n.name === 'HeredocIdentifier');
  const open = markers[0];
  const close = markers[1];
  if (!start || !open || !close) return '';
  const inner = parts.filter((n) => n.from >= open.to && n.to <= close.from);
  let text = templateText(source, inner, false) + '\n';
  if (text.startsWith('\r\n')) text = text.slice(2);
  else if (text.startsWith('\n')) text = text.slice(1);
  if (text === '\n') text = '';
  const flush = source.slice(start.from, start.to) === '<<-';
  return flush ? stripIndent(text) : text;
}

function stripIndent(text: string): string {
  const lines = text.split('\n');
  const indents = lines
    .filter((line) => line.trim() !== '')
    .map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(cut)).join('\n');
}
