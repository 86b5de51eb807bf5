// The line being edited and its picture on the terminal: every change
// returns the escape sequences that bring the screen up to date, also
// when the line wraps over several rows.
import { CRLF, ERASE_TO_END_OF_SCREEN, moveCursor, RUB_OUT } from './ansi.ts';

export class LineView {
  private chars: string[] = [];
  private cursor = 0;
  /** Where the terminal's cursor is, as an index into `chars`. */
  private shownCursor = 0;

  constructor(
    /** The prompt in front of the line (`$ ` or `> `). */
    private readonly prompt: () => string,
    private readonly columns: () => number,
  ) {}

  get text(): string {
    return this.chars.join('');
  }

  /** The cursor as an index into `text` (UTF-16 units). */
  get textCursor(): number {
    return this.chars.slice(0, this.cursor).join('').length;
  }

  get isEmpty(): boolean {
    return this.chars.length === 0;
  }

  /** Forgets the line; the screen already shows what it should. */
  reset(): void {
    this.chars = [];
    this.cursor = 0;
    this.shownCursor = 0;
  }

  push(text: string): void {
    this.chars.push(...text);
    this.cursor = this.chars.length;
    this.shownCursor = this.cursor;
  }

  /** Drops the last character without drawing; true if there was one. */
  pop(): boolean {
    const popped = this.chars.pop() !== undefined;
    this.cursor = this.chars.length;
    this.shownCursor = this.cursor;
    return popped;
  }

  insert(text: string): string {
    const added = [...text];
    const isAtEnd = this.cursor === this.chars.length;
    this.chars.splice(this.cursor, 0, ...added);
    this.cursor += added.length;
    if (isAtEnd && this.offset(this.chars.length) % this.width() !== 0) {
      this.shownCursor = this.cursor;
      return text;
    }
    return this.render();
  }

  /** Removes `[from, to)`; a single last character is simply rubbed out. */
  erase(from: number, to: number): string {
    const start = Math.max(0, from);
    const end = Math.min(this.chars.length, to);
    if (start >= end) return '';
    const isLastChar = end === this.chars.length && end - start === 1;
    const isAtRowStart = this.offset(this.cursor) % this.width() === 0;
    this.chars.splice(start, end - start);
    this.cursor = start;
    if (isLastChar && this.shownCursor === end && !isAtRowStart) {
      this.shownCursor = this.cursor;
      return RUB_OUT;
    }
    return this.render();
  }

  eraseBack(): string {
    return this.erase(this.cursor - 1, this.cursor);
  }

  eraseForward(): string {
    return this.erase(this.cursor, this.cursor + 1);
  }

  eraseToStart(): string {
    return this.erase(0, this.cursor);
  }

  eraseToEnd(): string {
    return this.erase(this.cursor, this.chars.length);
  }

  /** Deletes the word before the cursor (Ctrl-W). */
  eraseWord(): string {
    let index = this.cursor;
    while (index > 0 && this.chars[index - 1] === ' ') index -= 1;
    while (index > 0 && this.chars[index - 1] !== ' ') index -= 1;
    return this.erase(index, this.cursor);
  }

  moveBy(step: number): string {
    return this.moveTo(this.cursor + step);
  }

  moveTo(position: number): string {
    const target = Math.min(Math.max(0, position), this.chars.length);
    if (target === this.cursor) return '';
    const out = moveCursor(
      this.offset(this.shownCursor),
      this.offset(target),
      this.width(),
    );
    this.cursor = target;
    this.shownCursor = target;
    return out;
  }

  moveToEnd(): string {
    return this.moveTo(this.chars.length);
  }

  /** Replaces the whole line (history, completion) and redraws it. */
  replace(text: string, textCursor = text.length): string {
    this.chars = [...text];
    this.cursor = [...text.slice(0, textCursor)].length;
    return this.render();
  }

  /** The prompt and the line again, starting on a fresh row. */
  redrawWithPrompt(): string {
    this.shownCursor = 0;
    return this.prompt() + this.render();
  }

  /** Redraws the line after the prompt and puts the cursor in place. */
  private render(): string {
    const width = this.width();
    let out = moveCursor(this.offset(this.shownCursor), this.offset(0), width);
    out += this.chars.join('');
    const end = this.offset(this.chars.length);
    // A full last row leaves the cursor pending; move it to the next row.
    if (this.chars.length > 0 && end % width === 0) out += CRLF;
    out += ERASE_TO_END_OF_SCREEN;
    out += moveCursor(end, this.offset(this.cursor), width);
    this.shownCursor = this.cursor;
    return out;
  }

  /** Columns from the start of the prompt's row to index `index`. */
  private offset(index: number): number {
    return [...this.prompt()].length + index;
  }

  private width(): number {
    return Math.max(1, this.columns());
  }
}
