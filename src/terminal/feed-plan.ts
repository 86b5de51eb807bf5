import type { VisibleEntry } from './mask.ts';

export interface FeedPlan {
  /** What the terminal shows no longer matches: start from a blank screen. */
  shouldClear: boolean;
  toWrite: readonly VisibleEntry[];
}

/**
 * How to bring a terminal that shows `written` to `entries`: append the
 * new ones, or redraw when earlier text changed (reveal toggle, reset).
 */
export function planFeed(
  written: readonly VisibleEntry[],
  entries: readonly VisibleEntry[],
): FeedPlan {
  const canAppend =
    written.length <= entries.length &&
    written.every((shown, index) => isSame(shown, entries[index]));
  return canAppend
    ? { shouldClear: false, toWrite: entries.slice(written.length) }
    : { shouldClear: true, toWrite: entries };
}

function isSame(a: VisibleEntry, b: VisibleEntry | undefined): boolean {
  return (
    b !== undefined &&
    a.id === b.id &&
    a.command === b.command &&
    a.output === b.output &&
    a.isError === b.isError
  );
}
