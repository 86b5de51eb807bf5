import { useQueryClient } from '@tanstack/react-query';
import type { Terminal } from '@xterm/xterm';
import { useEffect, useRef, useState } from 'react';

import { createInterpreter, type Interpreter } from '../commands/index.ts';
import { steps } from '../guide/index.ts';
import { appStore } from '../state/use-app-store.ts';
import { attachShell } from './attach-shell.ts';
import { createShellDeps } from './shell-deps.ts';
import { SHELL_HINT_ID } from './shell-hint.tsx';
import { createShellScreen } from './shell-screen.ts';
import type { TerminalWriter } from './terminal-writer.ts';

/**
 * Runs the typed shell in `terminal` once it exists. Returns the writer the
 * transcript feed must use: the shell's while it runs (it keeps the prompt
 * below the entries), else `fallback`.
 */
export function useShellSession(
  terminal: Terminal | null,
  fallback: TerminalWriter | null,
): TerminalWriter | null {
  const queryClient = useQueryClient();
  // One interpreter per panel: history and variables survive a re-attach.
  const interpreter = useRef<Interpreter | null>(null);
  const [writer, setWriter] = useState<TerminalWriter | null>(null);

  useEffect(() => {
    if (!terminal) return;
    interpreter.current ??= createInterpreter(createShellDeps(appStore, steps));
    const screen = createShellScreen({
      terminal,
      store: appStore,
      interpreter: interpreter.current,
      // A typed command may have done a step's work: read every check.
      onCommandDone: () => void queryClient.invalidateQueries(),
    });
    const detach = attachShell(terminal, screen, SHELL_HINT_ID);
    screen.start();
    setWriter(screen.writer);
    return () => {
      detach();
      screen.dispose();
      setWriter(null);
    };
  }, [terminal, queryClient]);

  return terminal ? writer : fallback;
}
