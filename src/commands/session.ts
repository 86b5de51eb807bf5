// Wires the line editor to the interpreter for one terminal: the host
// passes every onData string to `input` and writes what comes out.
import type { TranscriptEntry } from '../guide/types.ts';
import { EXIT_INTERRUPTED } from './command.ts';
import { CRLF } from './editor/ansi.ts';
import { createLineEditor, type LineEditor } from './editor/line-editor.ts';
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

/** Writes a command's output to the sink and remembers it. */
function createRecorder(sink: TerminalSink, signal: AbortSignal) {
  let output = '';
  let hasError = false;
  let last = '\n';
  const secrets = new Set<string>();
  const write = (text: string) => {
    if (text === '') return;
    last = text[text.length - 1] ?? last;
    sink.write(text.replace(/\r?\n/g, CRLF));
  };
  const record = (text: string) => {
    output += text;
    write(text);
  };
  const io: Omit<TerminalIO, 'prompt'> = {
    write: record,
    writeError(text) {
      hasError = true;
      record(text);
    },
    clear: () => sink.clear(),
    signal,
    secret(value) {
      if (value === '' || secrets.has(value)) return;
      secrets.add(value);
      sink.secret?.(value);
    },
  };
  return {
    io,
    /** The prompt's question; its answer's line end comes from the editor. */
    question(text: string) {
      output += `${text}\n`;
      write(text);
      last = '\n';
    },
    endsWithNewline: () => last === '\n',
    entry(command: string, exitCode: number) {
      const isError =
        exitCode !== 0 && (hasError || exitCode === EXIT_INTERRUPTED);
      return {
        command,
        output: output.replace(/\n$/, ''),
        exitCode,
        ...(isError ? { isError } : {}),
        ...(secrets.size > 0 ? { secrets: [...secrets] } : {}),
      };
    },
  };
}
