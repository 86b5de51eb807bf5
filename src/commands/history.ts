// The lines typed in this tab, newest last, kept in memory only and
// without secrets (see redact.ts).

export interface CommandHistory {
  /** Records a submitted line (redacted; blank and repeated lines skipped). */
  add(line: string): void;
  entries(): readonly string[];
  clear(): void;
}

export interface HistoryOptions {
  /** Turns a typed line into what may be kept. */
  redact?: (line: string) => string;
  /** Oldest lines are forgotten past this many. */
  limit?: number;
}

export function createCommandHistory(
  options: HistoryOptions = {},
): CommandHistory {
  const redact = options.redact ?? ((line: string) => line);
  const limit = options.limit ?? 500;
  let lines: string[] = [];
  return {
    add(line) {
      const kept = redact(line).trim();
      if (kept === '' || kept === lines[lines.length - 1]) return;
      lines = [...lines, kept].slice(-limit);
    },
    entries: () => lines,
    clear() {
      lines = [];
    },
  };
}
