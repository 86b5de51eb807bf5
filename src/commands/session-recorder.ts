// One command's output on its way to the terminal: `\n` becomes `\r\n`,
// and the text, secrets and status are kept for the transcript entry.
import { EXIT_INTERRUPTED } from './command.ts';
import { CRLF } from './editor/ansi.ts';
import type { TerminalSink } from './session.ts';
import type { TerminalIO } from './types.ts';

/** Writes a command's output to the sink and remembers it. */
export function createRecorder(sink: TerminalSink, signal: AbortSignal) {
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
