import type { VisibleEntry } from './mask.ts';

/** All a component may do with the terminal. */
export interface TerminalWriter {
  write(entry: VisibleEntry): void;
  clear(): void;
}
