import type { AppState } from '../state/app-state.ts';
import {
  hiddenSecretValues,
  shownSecretValues,
} from '../state/presenter-masking.ts';
import type { NumberedEntry } from '../state/transcript-slice.ts';
import { hiddenInEntry } from './entry-secrets.ts';
import { maskText, toVisibleEntry, type VisibleEntry } from './mask.ts';

type Visibility = Pick<AppState, 'secrets' | 'revealed' | 'isPresenting'>;

/**
 * What typed commands' live output must hide: every value a command
 * registered and every held credential, minus those the learner revealed
 * (none while presenting) — the rule the transcript follows.
 */
export function liveHiddenValues(
  state: Visibility,
  registered: Iterable<string>,
): string[] {
  const shown = new Set(shownSecretValues(state));
  return [...registered, ...hiddenSecretValues(state)].filter(
    (value) => !shown.has(value),
  );
}

export function maskLive(
  text: string,
  state: Visibility,
  registered: Iterable<string>,
): string {
  return maskText(text, liveHiddenValues(state, registered));
}

/** One transcript entry as `useVisibleTranscript` shows it. */
export function visibleEntryOf(
  state: AppState,
  entry: NumberedEntry,
): VisibleEntry {
  const hidden = hiddenInEntry(
    entry,
    state.exchangesByEntry[entry.id],
    hiddenSecretValues(state),
    new Set(shownSecretValues(state)),
  );
  return toVisibleEntry(entry, hidden);
}
