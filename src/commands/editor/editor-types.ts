// What the line editor takes and gives back.
import type { Completion } from '../types.ts';

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
