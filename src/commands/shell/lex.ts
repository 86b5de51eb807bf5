// Splits a command line into words and operators the way a POSIX shell
// does, keeping each word's raw text and where it sits in the line (for
// completion and history redaction). Values come later (expand.ts).

export interface Word {
  kind: 'word';
  /** The word as typed, minus `\`+newline continuations. */
  raw: string;
  start: number;
  end: number;
}

export interface Operator {
  kind: 'operator';
  op: string;
  start: number;
  end: number;
}

export type Lexeme = Word | Operator;

export interface LexResult {
  lexemes: Lexeme[];
  /** The quote still open at the end of the text, if any. */
  openQuote: "'" | '"' | null;
  /** The text ends in an unescaped backslash. */
  hasTrailingEscape: boolean;
  /** A `$(` was never closed. */
  hasOpenSubstitution: boolean;
}

const OPERATORS = ['&&', '||', '>>', ';', '|', '&', '<', '>', '(', ')'];
const BLANKS = new Set([' ', '\t', '\n', '\r']);

export function lex(text: string): LexResult {
  const lexer = new Lexer(text);
  lexer.run();
  return lexer.result;
}

class Lexer {
  readonly result: LexResult = {
    lexemes: [],
    openQuote: null,
    hasTrailingEscape: false,
    hasOpenSubstitution: false,
  };
  private i = 0;
  private word: Word | null = null;

  constructor(private readonly text: string) {}

  run(): void {
    while (this.i < this.text.length) {
      if (this.result.openQuote === "'") this.singleQuoted();
      else if (this.result.openQuote === '"') this.doubleQuoted();
      else this.unquoted();
    }
    this.endWord();
  }

  private get char(): string {
    return this.text[this.i] ?? '';
  }

  private get next(): string {
    return this.text[this.i + 1] ?? '';
  }

  private take(count: number): void {
    this.startWord();
    const word = this.word as Word;
    word.raw += this.text.slice(this.i, this.i + count);
    this.i += count;
    word.end = this.i;
  }

  private skip(count: number): void {
    this.i += count;
    if (this.word) this.word.end = this.i;
  }

  private startWord(): void {
    this.word ??= { kind: 'word', raw: '', start: this.i, end: this.i };
  }

  private endWord(): void {
    if (this.word) this.result.lexemes.push(this.word);
    this.word = null;
  }

  private singleQuoted(): void {
    if (this.char === "'") this.result.openQuote = null;
    this.take(1);
  }

  private doubleQuoted(): void {
    const char = this.char;
    if (char === '\\' && this.next === '\n') return this.skip(2);
    if (char === '\\') return this.take(Math.min(2, this.rest()));
    if (char === '$' && this.next === '(') return this.substitution();
    if (char === '"') this.result.openQuote = null;
    this.take(1);
  }

  private unquoted(): void {
    const char = this.char;
    if (char === '\\') return this.escape();
    if (BLANKS.has(char)) {
      this.endWord();
      this.i += 1;
      return;
    }
    if (char === '#' && !this.word) return this.comment();
    const op = OPERATORS.find((candidate) =>
      this.text.startsWith(candidate, this.i),
    );
    if (op) return this.operator(op);
    if (char === "'" || char === '"') this.result.openQuote = char;
    if (char === '$' && this.next === '(') return this.substitution();
    this.take(1);
  }

  private escape(): void {
    if (this.rest() === 1) {
      this.result.hasTrailingEscape = true;
      this.i += 1;
      return;
    }
    if (this.next === '\n') return this.skip(2);
    this.take(2);
  }

  private comment(): void {
    const newline = this.text.indexOf('\n', this.i);
    this.i = newline === -1 ? this.text.length : newline;
  }

  private operator(op: string): void {
    this.endWord();
    const start = this.i;
    this.i += op.length;
    this.result.lexemes.push({ kind: 'operator', op, start, end: this.i });
  }

  /** `$( … )` stays one piece of the word; nesting is counted. */
  private substitution(): void {
    let depth = 0;
    let end = this.i + 1;
    for (; end < this.text.length; end += 1) {
      const char = this.text[end];
      if (char === '(') depth += 1;
      if (char === ')') depth -= 1;
      if (depth === 0) break;
    }
    if (depth !== 0) this.result.hasOpenSubstitution = true;
    this.take(Math.min(end + 1, this.text.length) - this.i);
  }

  private rest(): number {
    return this.text.length - this.i;
  }
}

/** True while a shell would ask for another line (`> ` prompt). */
export function isIncompleteLine(text: string): boolean {
  const result = lex(text);
  const last = result.lexemes[result.lexemes.length - 1];
  const endsInJoiner =
    last?.kind === 'operator' && ['&&', '||', '|'].includes(last.op);
  return (
    result.openQuote !== null ||
    result.hasTrailingEscape ||
    result.hasOpenSubstitution ||
    endsInJoiner
  );
}
