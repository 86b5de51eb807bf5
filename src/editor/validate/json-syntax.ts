import { SourcePositions } from '../../lib/hcl/positions.ts';
import {
  afterPropertyAdvice,
  propertyNameAdvice,
  valueAdvice,
} from './json-advice.ts';
import { JsonStop } from './json-stop.ts';
import { describeFound, isDigit, numberEnd, stringEnd } from './json-tokens.ts';

/** Where strict JSON first goes wrong, and how to put it right. */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

/**
 * Scans `text` as strict JSON (RFC 8259) and returns the first error.
 * Engines word `JSON.parse` failures differently and some give no
 * position, so the location and advice come from this scan instead.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const scanner = new JsonScanner(text);
  try {
    scanner.document();
    return null;
  } catch (error) {
    if (!(error instanceof JsonStop)) throw error;
    return { offset: error.offset, message: error.message };
  }
}

class JsonScanner {
  private index = 0;
  private readonly positions: SourcePositions;

  constructor(private readonly text: string) {
    this.positions = new SourcePositions(text);
  }

  document(): void {
    this.skipSpace();
    if (this.index >= this.text.length) {
      throw new JsonStop(0, 'The file is empty. Write a JSON object, e.g. {}.');
    }
    this.value();
    this.skipSpace();
    if (this.index < this.text.length) {
      throw this.stop(
        `Unexpected ${this.found()} after the end of the JSON value. ` +
          'Remove it, or wrap all values in one object or array.',
      );
    }
  }

  private value(): void {
    const ch = this.text[this.index];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    if (ch === '-' || isDigit(ch)) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.index)) {
        this.index += word.length;
        if (!/[\w.-]/.test(this.text[this.index] ?? '')) return;
        this.index -= word.length;
      }
    }
    throw this.stop(valueAdvice(this.text, this.index));
  }

  private object(): void {
    const open = this.index++;
    this.skipSpace();
    if (this.text[this.index] === '}') return void this.index++;
    for (;;) {
      const name = this.propertyName(open);
      this.skipSpace();
      if (this.text[this.index] !== ':') {
        throw this.stop(
          `Expected ":" after the property name "${name}". ` +
            `Write "${name}": followed by its value.`,
        );
      }
      this.index++;
      this.skipSpace();
      this.value();
      this.skipSpace();
      const ch = this.text[this.index];
      if (ch === '}') return void this.index++;
      if (ch === undefined) throw this.unclosed(open, 'object', '}');
      if (ch !== ',') {
        throw this.stop(afterPropertyAdvice(this.text, this.index, name));
      }
      const comma = this.index++;
      this.skipSpace();
      if (this.text[this.index] === '}') {
        throw this.trailingComma(comma, '}', 'property');
      }
    }
  }

  private propertyName(open: number): string {
    if (this.text[this.index] === undefined) {
      throw this.unclosed(open, 'object', '}');
    }
    if (this.text[this.index] !== '"') {
      throw this.stop(propertyNameAdvice(this.text, this.index));
    }
    const start = this.index;
    this.string();
    return this.text.slice(start + 1, this.index - 1);
  }

  private array(): void {
    const open = this.index++;
    this.skipSpace();
    if (this.text[this.index] === ']') return void this.index++;
    for (;;) {
      if (this.index >= this.text.length)
        throw this.unclosed(open, 'array', ']');
      this.value();
      this.skipSpace();
      const ch = this.text[this.index];
      if (ch === ']') return void this.index++;
      if (ch === undefined) throw this.unclosed(open, 'array', ']');
      if (ch !== ',') {
        throw this.stop(
          'Missing comma between items. Add "," after the previous item.',
        );
      }
      const comma = this.index++;
      this.skipSpace();
      if (this.text[this.index] === ']') {
        throw this.trailingComma(comma, ']', 'item');
      }
    }
  }

  private string(): void {
    this.index = stringEnd(this.text, this.index, this.positions);
  }

  private number(): void {
    this.index = numberEnd(this.text, this.index);
  }

  private trailingComma(comma: number, close: string, item: string) {
    const { line } = this.positions.position(comma);
    return this.stop(
      `Trailing comma on line ${line} before "${close}". JSON allows no ` +
        `comma after the last ${item}; remove it.`,
    );
  }

  private unclosed(open: number, kind: string, close: string): JsonStop {
    const { line, column } = this.positions.position(open);
    return new JsonStop(
      this.index,
      `The ${kind} opened at line ${line}, column ${column} is not closed. ` +
        `Add "${close}" where it ends.`,
    );
  }

  private skipSpace(): void {
    while (/[ \t\n\r]/.test(this.text[this.index] ?? '')) this.index++;
  }

  private found(): string {
    return describeFound(this.text, this.index);
  }

  private stop(message: string): JsonStop {
    // A comment trips whichever rule comes next; say what it really is.
    const isComment = /^\/[/*]/.test(
      this.text.slice(this.index, this.index + 2),
    );
    return new JsonStop(
      this.index,
      isComment ? 'JSON does not allow comments. Remove the comment.' : message,
    );
  }
}
