import { describe, expect, it, vi } from 'vitest';

import { createInterpreter } from '../commands/index.ts';
import { steps } from '../guide/index.ts';
import { createAppStore } from '../state/create-app-store.ts';
import { createShellDeps } from './shell-deps.ts';
import { visibleEntryOf } from './shell-masking.ts';
import { createShellScreen, type ShellScreen } from './shell-screen.ts';

const ESC = '\u001b';
const RESET = `${ESC}c`;
// Cursor moves and colours; built from ESC, not written in a regex literal.
const CONTROL_SEQUENCE = new RegExp(`${ESC}\\[[0-9;]*[A-Za-z]`, 'g');
const rootToken = 'hvs.CAESIJscreenRootTokenForTests0123';

/** A screen on a terminal that keeps everything written to it. */
function setUp() {
  const store = createAppStore();
  const terminal = {
    cols: 80,
    text: '',
    write(data: string) {
      terminal.text += data;
    },
  };
  const onCommandDone = vi.fn();
  const screen = createShellScreen({
    terminal,
    store,
    interpreter: createInterpreter(createShellDeps(store, steps)),
    onCommandDone,
  });
  screen.start();
  /** Types a line and waits for its transcript entry. */
  const type = async (line: string) => {
    const before = store.getState().transcript.length;
    screen.input(`${line}\r`);
    await vi.waitFor(() =>
      expect(store.getState().transcript.length).toBe(before + 1),
    );
    await Promise.resolve();
  };
  return { store, terminal, screen, type, onCommandDone };
}

type Store = ReturnType<typeof createAppStore>;

/** What the transcript feed does after a change in masking: all anew. */
async function feedAll(store: Store, screen: ShellScreen) {
  const state = store.getState();
  screen.writer.clear();
  for (const entry of state.transcript) {
    screen.writer.write(visibleEntryOf(state, entry));
  }
  await Promise.resolve();
}

/** The text since the screen was last reset, without cursor moves. */
function afterReset(text: string): string {
  return text
    .slice(text.lastIndexOf(RESET) + RESET.length)
    .replace(CONTROL_SEQUENCE, '')
    .replace(/\r/g, '');
}

describe('createShellScreen', () => {
  it('prints a typed command live and adds it to the transcript', async () => {
    const { store, terminal, type, onCommandDone } = setUp();

    await type('echo hello');

    expect(terminal.text).toBe(`${RESET}$ echo hello\r\nhello\r\n\r\n$ `);
    expect(store.getState().transcript).toEqual([
      { id: 1, command: 'echo hello', output: 'hello' },
    ]);
    expect(onCommandDone).toHaveBeenCalledOnce();
  });

  it('masks held credentials in what commands print', async () => {
    const { store, terminal, type } = setUp();
    store.getState().setSecrets({ rootToken });

    await type(`echo ${rootToken}`);

    expect(terminal.text).toContain('hvs.****\r\n');
    expect(terminal.text).not.toContain(rootToken);
    expect(store.getState().transcript[0]?.command).toBe(`echo ${rootToken}`);
  });

  it('masks values a command registered, such as an exported token', async () => {
    const { store, terminal, type } = setUp();

    await type('export VAULT_TOKEN=s3cr3t-value');
    await type('echo $VAULT_TOKEN');

    expect(terminal.text).toContain('echo $VAULT_TOKEN\r\n****\r\n');
    expect(afterReset(terminal.text)).not.toContain('s3cr3t-value');
    expect(store.getState().transcript[1]?.secrets).toEqual(['s3cr3t-value']);
  });

  it('does not carry a value too short to be a secret to later commands', async () => {
    const { store, terminal, type } = setUp();

    await type('export VAULT_TOKEN=ab');
    await type('echo about');

    expect(terminal.text).toContain('echo about\r\nabout\r\n');
    expect(store.getState().transcript[1]).toEqual({
      id: 2,
      command: 'echo about',
      output: 'about',
    });
  });

  it('shows a revealed token in clear once the feed repaints', async () => {
    const { store, terminal, screen, type } = setUp();
    store.getState().setSecrets({ rootToken });
    await type(`echo ${rootToken}`);

    store.getState().toggleReveal('rootToken');
    await feedAll(store, screen);

    expect(afterReset(terminal.text)).toBe(
      `$ echo ${rootToken}\n${rootToken}\n\n$ `,
    );
  });

  it('does not write a typed entry twice when the feed hands it back', async () => {
    const { store, terminal, screen, type } = setUp();
    await type('echo hello');
    const shown = terminal.text;

    await feedAll(store, screen);

    expect(terminal.text).toBe(shown);
  });

  it('puts a Run entry above the prompt and keeps the draft', async () => {
    const { store, terminal, screen } = setUp();
    screen.input('ech');

    store.getState().appendEntry({ command: 'vault status', output: 'ok' });
    await feedAll(store, screen);

    expect(afterReset(terminal.text)).toBe('$ vault status\nok\n\n$ ech');
  });

  it('leaves entries out of later repaints once cleared', async () => {
    const { store, terminal, screen, type } = setUp();
    await type('echo before');
    await type('clear');

    store.getState().appendEntry({ command: 'vault status', output: 'ok' });
    await feedAll(store, screen);

    const screenText = afterReset(terminal.text);
    expect(screenText).not.toContain('before');
    expect(screenText).toContain('vault status');
  });

  it('keeps empty lines out of the transcript', async () => {
    const { store, terminal, screen } = setUp();

    screen.input('\r');
    await vi.waitFor(() => expect(terminal.text).toBe(`${RESET}$ \r\n$ `));

    expect(store.getState().transcript).toEqual([]);
  });

  it('waits for a hidden question to end before repainting', async () => {
    const { store, terminal, screen } = setUp();
    screen.input('vault operator unseal\r');
    await vi.waitFor(() =>
      expect(terminal.text).toContain('Unseal Key (will be hidden): '),
    );

    store.getState().appendEntry({ command: 'vault status', output: 'ok' });
    await feedAll(store, screen);
    expect(terminal.text.lastIndexOf(RESET)).toBe(0);

    screen.input('\u0003');
    await vi.waitFor(() => expect(terminal.text.lastIndexOf(RESET)).toBe(0));
    await vi.waitFor(() =>
      expect(afterReset(terminal.text)).toBe(
        '$ vault status\nok\n\n' +
          '$ vault operator unseal\nUnseal Key (will be hidden): \n\n$ ',
      ),
    );
  });
});
