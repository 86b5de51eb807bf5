import type { Terminal as Xterm } from '@xterm/xterm';
import { useEffect, useState, type RefObject } from 'react';

import { logger } from '../lib/logger.ts';
import { formatEntry } from './format-entry.ts';
import type { TerminalWriter } from './terminal-writer.ts';
import { TERMINAL_FONT, TERMINAL_THEME } from './terminal-theme.ts';

export type TerminalStatus = 'loading' | 'ready' | 'failed';

interface Disposable {
  dispose(): void;
}

/**
 * Owns the xterm instance inside `container`: loads xterm lazily, fits it to
 * the container, and disposes everything on unmount (StrictMode-safe).
 */
export function useTerminal(container: RefObject<HTMLElement | null>): {
  status: TerminalStatus;
  writer: TerminalWriter | null;
  /** The xterm instance once open, for the typed shell to attach to. */
  terminal: Xterm | null;
} {
  const [writer, setWriter] = useState<TerminalWriter | null>(null);
  const [xterm, setXterm] = useState<Xterm | null>(null);
  const [status, setStatus] = useState<TerminalStatus>('loading');

  useEffect(() => {
    const disposables: Disposable[] = [];
    let isDisposed = false;

    loadXterm()
      .then(({ Terminal, FitAddon }) => {
        const element = container.current;
        if (isDisposed || !element) return;
        const terminal = new Terminal({
          screenReaderMode: true,
          disableStdin: true,
          cursorStyle: 'underline',
          fontFamily: TERMINAL_FONT,
          fontSize: 13,
          scrollback: 5000,
          theme: TERMINAL_THEME,
        });
        disposables.push(terminal);
        // Output only: Tab must move focus on, or keyboard users get stuck.
        terminal.attachCustomKeyEventHandler((event) => event.key !== 'Tab');
        const fitAddon = new FitAddon();
        terminal.loadAddon(fitAddon);
        terminal.open(element);
        fitAddon.fit();
        disposables.push(fitOnResize(element, () => fitAddon.fit()));

        setWriter({
          write: (entry) => terminal.write(formatEntry(entry)),
          clear: () => terminal.reset(),
        });
        setXterm(terminal);
        setStatus('ready');
      })
      .catch((error: unknown) => {
        logger.warn('terminal failed to load; transcript only', error);
        if (!isDisposed) setStatus('failed');
      });

    return () => {
      isDisposed = true;
      // Addons and listeners before the terminal that owns them.
      for (const disposable of disposables.reverse()) disposable.dispose();
      setWriter(null);
      setXterm(null);
    };
  }, [container]);

  return { status, writer, terminal: xterm };
}

async function loadXterm() {
  const [xterm, fit] = await Promise.all([
    import('@xterm/xterm'),
    import('@xterm/addon-fit'),
    import('@xterm/xterm/css/xterm.css'),
  ]);
  return { Terminal: xterm.Terminal, FitAddon: fit.FitAddon };
}

// At most one fit per animation frame, however fast the panel resizes.
function fitOnResize(element: HTMLElement, fit: () => void): Disposable {
  let frame = 0;
  const observer = new ResizeObserver(() => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      fit();
    });
  });
  observer.observe(element);
  return {
    dispose: () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    },
  };
}
