// Splits a Go text/template source into text and action pieces, applying
// trim markers and dropping comments the way Go's lexer does.
import { TemplateError } from './errors.ts';

export type Item =
  | { kind: 'field'; path: string[] }
  | { kind: 'dot' }
  | { kind: 'identifier'; name: string }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'pipe' | 'lparen' | 'rparen' }
  | { kind: 'char'; text: string };

export type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'action'; items: Item[]; line: number; source: string };

const SPACE = /[ \t\r\n]/;
const isSpace = (ch: string | undefined) => ch !== undefined && SPACE.test(ch);

export function lex(source: string): Piece[] {
  const pieces: Piece[] = [];
  let pos = 0;
  let trimNext = false;
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  while (pos < source.length) {
    const open = source.indexOf('{{', pos);
    let text = source.slice(pos, open < 0 ? source.length : open);
    if (trimNext) text = text.replace(/^[ \t\r\n]+/, '');
    if (open < 0) {
      pushText(pieces, text);
      break;
    }
    let cursor = open + 2;
    if (source[cursor] === '-' && isSpace(source[cursor + 1])) {
      text = text.replace(/[ \t\r\n]+$/, '');
      cursor += 2;
    }
    pushText(pieces, text);
    const line = lineAt(open);
    const end = source.startsWith('/*', cursor)
      ? skipComment(source, cursor, line)
      : lexAction(source, cursor, line, pieces);
    pos = end.next;
    trimNext = end.trimRight;
  }
  return pieces;
}

function pushText(pieces: Piece[], text: string) {
  if (text !== '') pieces.push({ kind: 'text', text });
}

interface ActionEnd {
  next: number;
  trimRight: boolean;
}

/** Matches `}}` or ` -}}` at `at`. */
function closingAt(source: string, at: number): ActionEnd | undefined {
  if (source.startsWith('}}', at)) return { next: at + 2, trimRight: false };
  if (isSpace(source[at]) && source.startsWith('-}}', at + 1)) {
    return { next: at + 4, trimRight: true };
  }
  return undefined;
}

function skipComment(source: string, start: number, line: number) {
  const close = source.indexOf('*/', start + 2);
  if (close < 0) throw new TemplateError(line, 'unclosed comment');
  const end = closingAt(source, close + 2);
  if (!end) {
    throw new TemplateError(line, 'comment ends before closing delimiter');
  }
  return end;
}

function lexAction(
  source: string,
  start: number,
  line: number,
  pieces: Piece[],
): ActionEnd {
  const items: Item[] = [];
  let at = start;
  for (;;) {
    const end = closingAt(source, at);
    if (end) {
      const text = source.slice(start, at);
      pieces.push({ kind: 'action', items, line, source: text });
      return end;
    }
    if (at >= source.length) throw new TemplateError(line, 'unclosed action');
    const ch = source[at] ?? '';
    if (isSpace(ch)) {
      at += 1;
      continue;
    }
    const [item, next] = lexItem(source, at, line);
    items.push(item);
    at = next;
  }
}

const WORD = /^[A-Za-z_][A-Za-z0-9_]*/;
const FIELDS = /^(\.[A-Za-z_][A-Za-z0-9_]*)+/;
const NUMBER =
  /^[+-]?(0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(\.[0-9]*)?([eE][+-]?\d+)?)/;

function lexItem(source: string, at: number, line: number): [Item, number] {
  const rest = source.slice(at);
  const ch = rest[0] ?? '';
  const single = { '|': 'pipe', '(': 'lparen', ')': 'rparen' } as const;
  if (ch in single) {
    return [{ kind: single[ch as keyof typeof single] }, at + 1];
  }
  if (ch === '"' || ch === '`') return lexString(source, at, line);
  const fields = FIELDS.exec(rest);
  if (fields) {
    const path = fields[0].slice(1).split('.');
    return [{ kind: 'field', path }, at + fields[0].length];
  }
  if (ch === '.') return [{ kind: 'dot' }, at + 1];
  const number = NUMBER.exec(rest);
  if (number) {
    const text = number[0];
    const value = Number(text.replaceAll('_', ''));
    return [{ kind: 'number', value, text }, at + text.length];
  }
  const word = WORD.exec(rest);
  if (word) return [{ kind: 'identifier', name: word[0] }, at + word[0].length];
  return [{ kind: 'char', text: ch }, at + 1];
}

function lexString(source: string, at: number, line: number): [Item, number] {
  const quote = source[at];
  let end = at + 1;
  while (end < source.length && source[end] !== quote) {
    if (quote === '"' && source[end] === '\\') end += 1;
    if (quote === '"' && source[end] === '\n') break;
    end += 1;
  }
  if (source[end] !== quote) {
    const what = quote === '"' ? 'quoted string' : 'raw quote';
    throw new TemplateError(line, `unterminated ${what}`);
  }
  const raw = source.slice(at + 1, end);
  const value = quote === '`' ? raw : unquote(raw, line);
  return [{ kind: 'string', value }, end + 1];
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  '\\': '\\',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

/** Go's strconv.Unquote for the escapes a template is likely to hold. */
function unquote(raw: string, line: number): string {
  return raw.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, code) => {
    const text = String(code);
    if (text.length > 1)
      return String.fromCharCode(parseInt(text.slice(1), 16));
    const known = ESCAPES[text];
    if (known === undefined) {
      throw new TemplateError(line, 'invalid syntax');
    }
    return known;
  });
}
