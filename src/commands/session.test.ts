import { describe, expect, it } from 'vitest';

import { createCommandHistory } from './history.ts';
import { createInterpreter } from './interpreter.ts';
import { createShellSession, type TerminalSink } from './session.ts';
import { isIncompleteLine } from './shell/lex.ts';
import { createTestDeps } from './test-support.ts';
import type { Interpreter, TerminalIO } from './types.ts';

type Entry = Parameters<NonNullable<TerminalSink['onEntry']>>[0];

interface RecordingSink extends TerminalSink {
  screen: string;
  clears: number;
  secrets: string[];
  entries: Entry[];
}

function recordingSink(): RecordingSink {
  const sink: RecordingSink = {
    screen: '',
    clears: 0,
    secrets: [],
    entries: [],
    write(text: string) {
      sink.screen += text;
    },
    clear() {
      sink.clears += 1;
    },
    secret(value: string) {
      sink.secrets.push(value);
    },
    onEntry(entry: Entry) {
      sink.entries.push(entry);
    },
  };
  return sink;
}

/** An interpreter whose one command asks a hidden question. */
function askingInterpreter(): Interpreter & { done: Promise<number> } {
  let finish: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (finish = resolve));
  return {
    history: createCommandHistory(),
    isIncomplete: isIncompleteLine,
    complete: () => ({ candidates: [], replaceFrom: 0 }),
    done,
    async execute(_line: string, io: TerminalIO) {
      try {
        const answer = await io.prompt('Token (will be hidden): ', {
          isMasked: true,
        });
        io.secret(answer);
        io.write(`got ${answer.length} characters\n`);
        finish(0);
        return 0;
      } catch {
        finish(130);
        return 130;
      }
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('shell session', () => {
  it('prompts, echoes, runs the line and prompts again', async () => {
    const sink = recordingSink();
    const session = createShellSession(
      createInterpreter(createTestDeps()),
      sink,
    );

    session.start();
    session.input('echo hello\r');
    await settle();

    expect(sink.screen).toBe('$ echo hello\r\nhello\r\n$ ');
    expect(sink.entries).toEqual([
      { command: 'echo hello', output: 'hello', exitCode: 0 },
    ]);
  });

  it('answers a hidden question without echoing it', async () => {
    const sink = recordingSink();
    const interpreter = askingInterpreter();
    const session = createShellSession(interpreter, sink);
    session.start();

    session.input('vault login\r');
    await settle();
    session.input('hvs.secret\r');
    await interpreter.done;
    await settle();

    expect(sink.screen).toBe(
      '$ vault login\r\nToken (will be hidden): \r\n' +
        'got 10 characters\r\n$ ',
    );
    expect(sink.secrets).toEqual(['hvs.secret']);
  });

  it('aborts the question with Ctrl-C', async () => {
    const sink = recordingSink();
    const interpreter = askingInterpreter();
    const session = createShellSession(interpreter, sink);
    session.start();

    session.input('vault login\r');
    await settle();
    session.input('\u0003');

    expect(await interpreter.done).toBe(130);
    await settle();
    expect(sink.screen.endsWith('^C\r\n$ ')).toBe(true);
    expect(sink.entries[0]?.isError).toBe(true);
  });

  it('clears the screen for the clear command', async () => {
    const sink = recordingSink();
    const session = createShellSession(
      createInterpreter(createTestDeps()),
      sink,
    );
    session.start();

    session.input('clear\r');
    await settle();

    expect(sink.clears).toBe(1);
  });

  it('runs lines typed while a command was busy', async () => {
    const sink = recordingSink();
    const session = createShellSession(
      createInterpreter(createTestDeps()),
      sink,
    );
    session.start();

    session.input('echo one\recho two\r');
    await settle();
    await settle();

    expect(sink.entries.map((entry) => entry.output)).toEqual(['one', 'two']);
  });
});
