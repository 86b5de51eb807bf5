import type { Terminal } from '@xterm/xterm';

import { createFocusKeys } from './focus-keys.ts';
import type { ShellScreen } from './shell-screen.ts';

export const TERMINAL_INPUT_LABEL = 'Terminal input';

/**
 * Makes xterm typeable for the shell: keystrokes go to the screen, Tab
 * completes (Escape first lets it move focus), a click gives focus, and
 * the input is named and points to `hintId`. Returns the detach.
 */
export function attachShell(
  terminal: Terminal,
  screen: ShellScreen,
  hintId: string,
): () => void {
  const keys = createFocusKeys();
  terminal.options.disableStdin = false;
  terminal.attachCustomKeyEventHandler((event) => keys.handle(event));
  const data = terminal.onData((text) => screen.input(text));

  const { textarea, element } = terminal;
  textarea?.setAttribute('aria-label', TERMINAL_INPUT_LABEL);
  textarea?.setAttribute('aria-describedby', hintId);
  const onFocus = () => keys.reset();
  const focus = () => terminal.focus();
  textarea?.addEventListener('focus', onFocus);
  element?.addEventListener('click', focus);

  // The terminal may already be disposed here; only our listeners go.
  return () => {
    data.dispose();
    textarea?.removeEventListener('focus', onFocus);
    element?.removeEventListener('click', focus);
  };
}
