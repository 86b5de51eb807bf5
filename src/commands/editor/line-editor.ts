// A line-editing state machine for the terminal: feed it what xterm's
// onData delivers, write back the echo it returns, run what it submits.
// It never touches a terminal itself.
import { CRLF, INTERRUPT_ECHO, RUB_OUT } from './ansi.ts';
import { completionEdit } from './complete-edit.ts';
import { decodeKeys, type Key } from './keys.ts';
import { LineView } from './line-view.ts';
import type {
  EditorMode,
  EditorResult,
  LineEditor,
  LineEditorOptions,
} from './editor-types.ts';

export type * from './editor-types.ts';

export function createLineEditor(options: LineEditorOptions): LineEditor {
  return new Editor(options);
}

class Editor implements LineEditor {
  mode: EditorMode = 'busy';
  /** Lines already entered of a command that continues (`\`, quotes). */
  private lines: string[] = [];
  private historyIndex: number | null = null;
  private draft = '';
  private isMasked = false;
  private typeahead = '';
  private readonly view: LineView;

  constructor(private readonly options: LineEditorOptions) {
    this.view = new LineView(
      () => this.currentPrompt(),
      () => options.columns?.() ?? 80,
    );
  }

  start(): string {
    this.mode = 'edit';
    this.lines = [];
    this.view.reset();
    this.historyIndex = null;
    return this.currentPrompt();
  }

  ask(question: string, isMasked: boolean): string {
    this.mode = 'ask';
    this.isMasked = isMasked;
    this.view.reset();
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
      else if (key.kind === 'clear-screen') {
        // Whatever was echoed before is wiped with the screen.
        result.clearScreen = true;
        result.echo = this.view.redrawWithPrompt();
      } else result.echo += this.editKey(key, result);
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
    if (key.kind === 'text') {
      this.view.push(key.raw);
      if (!this.isMasked) result.echo += key.raw;
    } else if (key.kind === 'backspace') {
      if (this.view.pop() && !this.isMasked) result.echo += RUB_OUT;
    } else if (key.kind === 'enter' || key.kind === 'interrupt') {
      const isEnter = key.kind === 'enter';
      result.echo += isEnter ? CRLF : INTERRUPT_ECHO + CRLF;
      if (isEnter) result.answer = this.view.text;
      else result.interrupt = true;
      this.mode = 'busy';
      this.view.reset();
    }
  }

  /** Applies one key while editing; returns the echo. */
  private editKey(key: Key, result: EditorResult): string {
    const { view } = this;
    switch (key.kind) {
      case 'text':
        return view.insert(key.raw);
      case 'enter':
        return this.enter(result);
      case 'backspace':
        return view.eraseBack();
      case 'delete':
      case 'end-of-input':
        return view.eraseForward();
      case 'kill-before':
        return view.eraseToStart();
      case 'kill-after':
        return view.eraseToEnd();
      case 'kill-word':
        return view.eraseWord();
      case 'left':
        return view.moveBy(-1);
      case 'right':
        return view.moveBy(1);
      case 'home':
        return view.moveTo(0);
      case 'end':
        return view.moveToEnd();
      case 'up':
        return this.recall(-1);
      case 'down':
        return this.recall(1);
      case 'tab':
        return this.complete();
      case 'interrupt':
        return view.moveToEnd() + INTERRUPT_ECHO + CRLF + this.start();
      case 'clear-screen':
      case 'ignored':
        return '';
    }
  }

  private enter(result: EditorResult): string {
    const line = this.view.text;
    const text = [...this.lines, line].join('\n');
    const echo = this.view.moveToEnd() + CRLF;
    this.view.reset();
    if (this.options.isIncomplete(text)) {
      this.lines.push(line);
      return echo + this.currentPrompt();
    }
    this.mode = 'busy';
    this.lines = [];
    result.submitted = text;
    return echo;
  }

  private recall(step: number): string {
    const entries = this.options.history.entries();
    const from = this.historyIndex ?? entries.length;
    const to = Math.min(Math.max(0, from + step), entries.length);
    if (to === from) return '';
    if (this.historyIndex === null) this.draft = this.view.text;
    const isDraft = to === entries.length;
    this.historyIndex = isDraft ? null : to;
    const text = isDraft ? this.draft : (entries[to] ?? '');
    // History keeps continued lines as typed; edit them as one line.
    return this.view.replace(text.replace(/\\\n/g, ''));
  }

  private complete(): string {
    const line = this.view.text;
    const cursor = this.view.textCursor;
    const completion = this.options.complete(line, cursor);
    const edit = completionEdit(line, cursor, completion);
    if (edit.listing.length > 0) {
      const listing = CRLF + edit.listing.join('  ') + CRLF;
      return this.view.moveToEnd() + listing + this.view.redrawWithPrompt();
    }
    if (edit.line === line) return '';
    return this.view.replace(edit.line, edit.cursor);
  }

  private currentPrompt(): string {
    return this.lines.length > 0
      ? (this.options.continuationPrompt ?? '> ')
      : (this.options.prompt ?? '$ ');
  }
}
