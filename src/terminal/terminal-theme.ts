import type { ITheme } from '@xterm/xterm';

// Colours chosen for at least 4.5:1 against the background (WCAG AA).
export const TERMINAL_THEME: ITheme = {
  background: '#16191d',
  foreground: '#e8eaed',
  cursor: '#e8eaed',
  green: '#7ee2a0',
  brightGreen: '#9ff0b8',
  red: '#ff9b95',
  brightRed: '#ffb7b2',
  cyan: '#7fd8f0',
  selectionBackground: '#3a4656',
};

export const TERMINAL_FONT =
  'ui-monospace, "SFMono-Regular", "Cascadia Mono", Menlo, Consolas, monospace';
