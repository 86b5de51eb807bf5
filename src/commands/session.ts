// Wires the line editor to the interpreter for one terminal: the host
// passes every onData string to `input` and writes what comes out.
import type { TranscriptEntry } from '../guide/types.ts';
import { CRLF } from './editor/ansi.ts';
import { createLineEditor, type LineEditor } from './editor/line-editor.ts';
import { createRecorder } from './session-recorder.ts';
import type { Interpreter, TerminalIO } from './types.ts';

/** Where a session's output goes: the terminal component's writer. */
export interface TerminalSink {
  /** Raw terminal text (`\r\n` line ends, ANSI sequences). */
  write(text: string): void;
  clear(): void;
  /** A value to mask from now on; called before text containing it. */
  secret?(value: string): void;
  /** The terminal's width in columns. */
  columns?(): number;
  /** One finished command with its output, for the transcript. */
  onEntry?(entry: TranscriptEntry & { exitCode: number }): void;
}

export interface ShellSession {
  /** Writes the first prompt. */
  start(): void;
  /** Feeds keystrokes or pasted text (xterm's onData). */
  input(data: string): void;
  readonly editor: LineEditor;
  /** Aborts a running command. */
  dispose(): void;
}

export interface SessionOptions {
  prompt?: string;
  continuationPrompt?: string;
}

export function createShellSession(
  interpreter: Interpreter,
  sink: TerminalSink,
  options: SessionOptions = {},
): ShellSession {
  const editor = createLineEditor({
    history: interpreter.history,
    complete: (line, cursor) => interpreter.complete(line, cursor),
    isIncomplete: (text) => interpreter.isIncomplete(text),
    ...(options.prompt === undefined ? {} : { prompt: options.prompt }),
    ...(options.continuationPrompt === undefined
      ? {}
      : { continuationPrompt: options.continuationPrompt }),
    columns: () => sink.columns?.() ?? 80,
  });
  let controller: AbortController | null = null;
  let pendingAnswer: ((answer: string) => void) | null = null;
  let isDisposed = false;

  const begin = () => {
    if (isDisposed) return;
    sink.write(editor.start());
    const typed = editor.takeTypeahead();
    if (typed) input(typed);
  };

  const input = (data: string) => {
    const result = editor.feed(data);
    if (result.clearScreen) sink.clear();
    if (result.echo) sink.write(result.echo);
    if (result.interrupt) controller?.abort(interrupted());
    if (result.answer !== undefined) pendingAnswer?.(result.answer);
    if (result.submitted !== undefined) void run(result.submitted);
  };

  const run = async (line: string) => {
    controller = new AbortController();
    const recorder = createRecorder(sink, controller.signal);
    const io: TerminalIO = {
      ...recorder.io,
      prompt: (question, { isMasked }) =>
        new Promise<string>((resolve, reject) => {
          const signal = controller?.signal;
          if (signal?.aborted) return reject(signal.reason);
          recorder.question(editor.ask(question, isMasked));
          pendingAnswer = resolve;
          signal?.addEventListener('abort', () => reject(signal.reason), {
            once: true,
          });
        }),
    };
    const exitCode = await interpreter.execute(line, io).catch(() => 1);
    pendingAnswer = null;
    controller = null;
    if (!recorder.endsWithNewline()) sink.write(CRLF);
    sink.onEntry?.(recorder.entry(line, exitCode));
    begin();
  };

  return {
    editor,
    start: begin,
    input,
    dispose() {
      isDisposed = true;
      controller?.abort(interrupted());
    },
  };
}

function interrupted(): DOMException {
  return new DOMException('interrupted', 'AbortError');
}
