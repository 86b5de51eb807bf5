// A line-editing state machine for the terminal: feed it what xterm's
// onData delivers, write back the echo it returns, run what it submits.
// It never touches a terminal itself.
import type { Completion } from '../types.ts';
import {
  CRLF,
  ERASE_TO_END_OF_SCREEN,
  INTERRUPT_ECHO,
  moveCursor,
  RUB_OUT,
} from './ansi.ts';
import { decodeKeys, type Key } from './keys.ts';
import { completionEdit } from './complete-edit.ts';

export type EditorMode = 'edit' | 'busy' | 'ask';

export interface EditorResult {
  /** Text to write to the terminal (after clearing, if asked). */
  echo: string;
  /** A complete command line to execute; the editor is now busy. */
  submitted?: string;
  /** The answer to the question asked with `ask()`. */
  answer?: string;
  /** Ctrl-C while a command runs or a question waits. */
  interrupt?: boolean;
  /** Ctrl-L: clear the screen before writing `echo`. */
  clearScreen?: boolean;
}

export interface LineEditorOptions {
  history: { entries(): readonly string[] };
  complete(line: string, cursor: number): Completion;
  /** True while a line needs more input (open quote, trailing `\`). */
  isIncomplete(text: string): boolean;
  prompt?: string;
  continuationPrompt?: string;
  /** The terminal's width in columns (for wrapped lines). */
  columns?: () => number;
}

export interface LineEditor {
  readonly mode: EditorMode;
  /** Begins a new command line; returns the prompt to write. */
  start(): string;
  feed(data: string): EditorResult;
  /** Switches to answering a question; returns the question to write. */
  ask(question: string, isMasked: boolean): string;
  /** Input typed while busy, to feed again after `start()`. */
  takeTypeahead(): string;
}

export function createLineEditor(options: LineEditorOptions): LineEditor {
  return new Editor(options);
}

class Editor implements LineEditor {
  mode: EditorMode = 'busy';
  private lines: string[] = [];
  private chars: string[] = [];
  private cursor = 0;
  private shownCursor = 0;
  private historyIndex: number | null = null;
  private draft = '';
  private isMasked = false;
  private typeahead = '';
  private readonly prompt: string;
  private readonly continuation: string;

  constructor(private readonly options: LineEditorOptions) {
    this.prompt = options.prompt ?? '$ ';
    this.continuation = options.continuationPrompt ?? '> ';
  }

  start(): string {
    this.mode = 'edit';
    this.lines = [];
    this.resetLine([]);
    this.historyIndex = null;
    return this.prompt;
  }

  ask(question: string, isMasked: boolean): string {
    this.mode = 'ask';
    this.isMasked = isMasked;
    this.resetLine([]);
    return question;
  }

  takeTypeahead(): string {
    const pending = this.typeahead;
    this.typeahead = '';
    return pending;
  }

  feed(data: string): EditorResult {
    const result: EditorResult = { echo: '' };
    for (const key of decodeKeys(data)) {
      if (this.mode === 'busy') this.busyKey(key, result);
      else if (this.mode === 'ask') this.askKey(key, result);
      else this.editKey(key, result);
    }
    return result;
  }

  private busyKey(key: Key, result: EditorResult): void {
    if (key.kind === 'interrupt') {
      result.echo += INTERRUPT_ECHO + CRLF;
      result.interrupt = true;
      this.typeahead = '';
    } else if (key.kind === 'clear-screen') {
      result.clearScreen = true;
    } else {
      this.typeahead += key.raw;
    }
  }

  private askKey(key: Key, result: EditorResult): void {
    switch (key.kind) {
      case 'text':
        this.chars.push(...key.raw);
        if (!this.isMasked) result.echo += key.raw;
        return;
      case 'backspace':
        if (this.chars.pop() !== undefined && !this.isMasked) {
          result.echo += RUB_OUT;
        }
        return;
      case 'enter':
        result.echo += CRLF;
        result.answer = this.chars.join('');
        this.mode = 'busy';
        this.resetLine([]);
        return;
      case 'interrupt':
        result.echo += INTERRUPT_ECHO + CRLF;
        result.interrupt = true;
        this.mode = 'busy';
        this.resetLine([]);
        return;
      default:
        return;
    }
  }

  private editKey(key: Key, result: EditorResult): void {
    switch (key.kind) {
      case 'text':
        return this.insert([...key.raw], result);
      case 'enter':
        return this.enter(result);
      case 'backspace':
        return this.erase(this.cursor - 1, this.cursor, result);
      case 'delete':
      case 'end-of-input':
        return this.erase(this.cursor, this.cursor + 1, result);
      case 'kill-before':
        return this.erase(0, this.cursor, result);
      case 'kill-after':
        return this.erase(this.cursor, this.chars.length, result);
      case 'kill-word':
        return this.erase(this.wordStart(), this.cursor, result);
      case 'left':
        return this.moveTo(this.cursor - 1, result);
      case 'right':
        return this.moveTo(this.cursor + 1, result);
      case 'home':
        return this.moveTo(0, result);
      case 'end':
        return this.moveTo(this.chars.length, result);
      case 'up':
        return this.recall(-1, result);
      case 'down':
        return this.recall(1, result);
      case 'tab':
        return this.complete(result);
      case 'interrupt':
        result.echo += this.toEnd() + INTERRUPT_ECHO + CRLF + this.start();
        return;
      case 'clear-screen':
        result.clearScreen = true;
        result.echo = this.redrawWithPrompt();
        return;
      case 'ignored':
        return;
    }
  }

  private insert(added: string[], result: EditorResult): void {
    const isAtEnd = this.cursor === this.chars.length;
    this.chars.splice(this.cursor, 0, ...added);
    this.cursor += added.length;
    const end = this.offset(this.chars.length);
    if (isAtEnd && end % this.width() !== 0) {
      result.echo += added.join('');
      this.shownCursor = this.cursor;
      return;
    }
    result.echo += this.render();
  }

  private erase(from: number, to: number, result: EditorResult): void {
    const start = Math.max(0, from);
    const end = Math.min(this.chars.length, to);
    if (start >= end) return;
    const isLastChar = end === this.chars.length && end - start === 1;
    const atColumnZero = this.offset(this.cursor) % this.width() === 0;
    this.chars.splice(start, end - start);
    this.cursor = start;
    if (isLastChar && this.shownCursor === end && !atColumnZero) {
      result.echo += RUB_OUT;
      this.shownCursor = this.cursor;
      return;
    }
    result.echo += this.render();
  }

  private moveTo(position: number, result: EditorResult): void {
    const target = Math.min(Math.max(0, position), this.chars.length);
    if (target === this.cursor) return;
    result.echo += moveCursor(
      this.offset(this.shownCursor),
      this.offset(target),
      this.width(),
    );
    this.cursor = target;
    this.shownCursor = target;
  }

  private enter(result: EditorResult): void {
    const line = this.chars.join('');
    const text = [...this.lines, line].join('\n');
    result.echo += this.toEnd() + CRLF;
    if (this.options.isIncomplete(text)) {
      this.lines.push(line);
      this.resetLine([]);
      result.echo += this.continuation;
      return;
    }
    this.mode = 'busy';
    this.lines = [];
    this.resetLine([]);
    result.submitted = text;
  }

  private recall(step: number, result: EditorResult): void {
    const entries = this.options.history.entries();
    const from = this.historyIndex ?? entries.length;
    const to = Math.min(Math.max(0, from + step), entries.length);
    if (to === from) return;
    if (this.historyIndex === null) this.draft = this.chars.join('');
    this.historyIndex = to === entries.length ? null : to;
    const text = to === entries.length ? this.draft : (entries[to] ?? '');
    this.chars = [...text.replace(/\\\n/g, '')];
    this.cursor = this.chars.length;
    result.echo += this.render();
  }

  private complete(result: EditorResult): void {
    const line = this.chars.join('');
    const cursor = this.chars.slice(0, this.cursor).join('').length;
    const completion = this.options.complete(line, cursor);
    const edit = completionEdit(line, cursor, completion);
    if (edit.listing.length > 0) {
      result.echo += this.toEnd() + CRLF + edit.listing.join('  ') + CRLF;
      result.echo += this.redrawWithPrompt();
      return;
    }
    if (edit.line === line) return;
    this.chars = [...edit.line];
    this.cursor = [...edit.line.slice(0, edit.cursor)].length;
    result.echo += this.render();
  }

  /** The prompt and the whole input, on a fresh row. */
  private redrawWithPrompt(): string {
    this.shownCursor = 0;
    return this.currentPrompt() + this.render();
  }

  /** Redraws the input after the prompt and puts the cursor in place. */
  private render(): string {
    const width = this.width();
    let out = moveCursor(this.offset(this.shownCursor), this.offset(0), width);
    out += this.chars.join('');
    const end = this.offset(this.chars.length);
    if (this.chars.length > 0 && end % width === 0) out += CRLF;
    out += ERASE_TO_END_OF_SCREEN;
    out += moveCursor(end, this.offset(this.cursor), width);
    this.shownCursor = this.cursor;
    return out;
  }

  private toEnd(): string {
    const end = this.offset(this.chars.length);
    if (this.shownCursor === this.chars.length) return '';
    const out = moveCursor(this.offset(this.shownCursor), end, this.width());
    this.shownCursor = this.chars.length;
    return out;
  }

  private wordStart(): number {
    let index = this.cursor;
    while (index > 0 && this.chars[index - 1] === ' ') index -= 1;
    while (index > 0 && this.chars[index - 1] !== ' ') index -= 1;
    return index;
  }

  private resetLine(chars: string[]): void {
    this.chars = chars;
    this.cursor = chars.length;
    this.shownCursor = chars.length;
  }

  private currentPrompt(): string {
    return this.lines.length > 0 ? this.continuation : this.prompt;
  }

  /** Columns from the start of the prompt's row to input index `i`. */
  private offset(index: number): number {
    return [...this.currentPrompt()].length + index;
  }

  private width(): number {
    return Math.max(1, this.options.columns?.() ?? 80);
  }
}
