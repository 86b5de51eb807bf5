import {
  createShellSession,
  type Interpreter,
  type TerminalSink,
} from '../commands/index.ts';
import type { TranscriptEntry } from '../guide/types.ts';
import type { AppStore } from '../state/create-app-store.ts';
import { CRLF } from './ansi.ts';
import { formatEntry } from './format-entry.ts';
import type { VisibleEntry } from './mask.ts';
import { maskLive, visibleEntryOf } from './shell-masking.ts';
import type { TerminalWriter } from './terminal-writer.ts';

/** The part of xterm the screen writes to. */
export interface ScreenTerminal {
  write(data: string): void;
  readonly cols: number;
}

export interface ShellScreenOptions {
  terminal: ScreenTerminal;
  store: AppStore;
  interpreter: Interpreter;
  /** Called after each typed command, so the step checks read again. */
  onCommandDone(): void;
}

export interface ShellScreen {
  /** For the transcript feed: entries from Run buttons and redraws. */
  writer: TerminalWriter;
  /** Feeds xterm's onData. */
  input(data: string): void;
  start(): void;
  dispose(): void;
}

type Shown = Pick<VisibleEntry, 'command' | 'output'>;

// RIS goes through `write`, so it lands in order with the text around it.
const RESET_SCREEN = '\u001bc';
// Ctrl-L makes the line editor draw its prompt and line again.
const REDRAW_KEY = '\u000c';
// Masked across commands from here on; a shorter value (`VAULT_TOKEN=x`)
// would blank out ordinary letters everywhere. History uses the same bar.
const SESSION_SECRET_MIN_LENGTH = 4;

/**
 * One terminal shared by the typed shell and the transcript: typed
 * commands print live (masked) and join the transcript; entries from
 * elsewhere, or a change in masking, repaint the screen above the prompt.
 */
export function createShellScreen(options: ShellScreenOptions): ShellScreen {
  const { terminal, store } = options;
  const registered = new Set<string>();
  /** The transcript as the feed last gave it (masked as it must show). */
  const entries = new Map<number, VisibleEntry>();
  /** What the screen shows of each entry right now. */
  const onScreen = new Map<number, Shown>();
  /** Entries up to this id were cleared away by the learner. */
  let floor = 0;
  let isRepainting = false;
  let isFlushQueued = false;
  let isDisposed = false;

  const repaint = () => {
    const kept = [...entries.values()]
      .filter((entry) => entry.id > floor)
      .sort((a, b) => a.id - b.id);
    terminal.write(RESET_SCREEN + kept.map(formatTyped).join(''));
    onScreen.clear();
    for (const entry of kept) onScreen.set(entry.id, entry);
  };

  const wipe = () => {
    terminal.write(RESET_SCREEN);
    floor = store.getState().transcript.at(-1)?.id ?? floor;
    onScreen.clear();
  };

  const record = (entry: TranscriptEntry & { exitCode: number }) => {
    if (entry.command.trim() === '') return;
    // The blank line formatEntry puts after every entry.
    terminal.write(CRLF);
    const { exitCode: _exitCode, ...plain } = entry;
    store.getState().appendEntry(withSessionSecrets(plain, registered));
    const state = store.getState();
    const added = state.transcript.at(-1);
    if (added) {
      entries.set(added.id, visibleEntryOf(state, added));
      const output = maskLive(entry.output, state, registered);
      onScreen.set(added.id, { command: entry.command, output });
    }
    options.onCommandDone();
    queueFlush();
  };

  const sink: TerminalSink = {
    write: (text) =>
      terminal.write(maskLive(text, store.getState(), registered)),
    clear: () => (isRepainting ? repaint() : wipe()),
    secret: (value) => {
      if (value.length >= SESSION_SECRET_MIN_LENGTH) registered.add(value);
    },
    columns: () => terminal.cols,
    onEntry: record,
  };
  const session = createShellSession(options.interpreter, sink);

  const isStale = () => {
    for (const id of onScreen.keys()) if (!entries.has(id)) return true;
    for (const entry of entries.values()) {
      if (entry.id <= floor) continue;
      const shown = onScreen.get(entry.id);
      if (!shown || !isSameText(shown, entry)) return true;
    }
    return false;
  };

  // A running command or a waiting question owns the screen; the next
  // prompt (after its entry) tries again.
  const flush = () => {
    if (isDisposed || session.editor.mode !== 'edit' || !isStale()) return;
    isRepainting = true;
    try {
      session.input(REDRAW_KEY);
    } finally {
      isRepainting = false;
    }
  };

  function queueFlush() {
    if (isFlushQueued) return;
    isFlushQueued = true;
    queueMicrotask(() => {
      isFlushQueued = false;
      flush();
    });
  }

  return {
    writer: {
      write(entry) {
        entries.set(entry.id, entry);
        queueFlush();
      },
      clear() {
        entries.clear();
        queueFlush();
      },
    },
    input: (data) => session.input(data),
    start() {
      terminal.write(RESET_SCREEN);
      session.start();
    },
    dispose() {
      isDisposed = true;
      session.dispose();
    },
  };
}

/**
 * A value registered by an earlier command (`export VAULT_TOKEN=…`) may
 * show in a later one (`echo $VAULT_TOKEN`); the entry must list it too.
 */
function withSessionSecrets(
  entry: TranscriptEntry,
  registered: ReadonlySet<string>,
): TranscriptEntry {
  const seen = [...registered].filter(
    (value) => entry.command.includes(value) || entry.output.includes(value),
  );
  const secrets = [...new Set([...(entry.secrets ?? []), ...seen])];
  return secrets.length === 0 ? entry : { ...entry, secrets };
}

// A command continued over lines (`\`, open quotes) shows as typed.
function formatTyped(entry: VisibleEntry): string {
  const command = entry.command.replace(/\r?\n/g, `${CRLF}> `);
  return formatEntry({ ...entry, command });
}

function isSameText(a: Shown, b: Shown): boolean {
  return a.command === b.command && a.output === b.output;
}
