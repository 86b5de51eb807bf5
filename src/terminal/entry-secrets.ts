import type { Exchange } from '../api/http.ts';
import type { TranscriptEntry } from '../guide/types.ts';
import { secretValuesIn } from './secret-fields.ts';

/**
 * The secrets an entry shows or caused: those it lists itself, and every
 * credential field of its calls (accessors, passwords, tokens).
 */
export function entrySecrets(
  entry: TranscriptEntry,
  exchanges: readonly Exchange[] = [],
): string[] {
  const fromCalls = exchanges.flatMap((exchange) => [
    ...secretValuesIn(exchange.requestBody),
    ...secretValuesIn(exchange.responseBody),
  ]);
  return [...new Set([...(entry.secrets ?? []), ...fromCalls])];
}

/**
 * What to mask in an entry: its own secrets and the held ones still
 * hidden, minus the values the learner revealed.
 */
export function hiddenInEntry(
  entry: TranscriptEntry,
  exchanges: readonly Exchange[] | undefined,
  heldHidden: readonly string[],
  shown: ReadonlySet<string>,
): string[] {
  return [...entrySecrets(entry, exchanges), ...heldHidden].filter(
    (value) => !shown.has(value),
  );
}
