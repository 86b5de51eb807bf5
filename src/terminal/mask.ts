import type { TranscriptEntry } from '../guide/types.ts';

export const MASK = '****';

// Vault service tokens keep their prefix so the learner still sees the kind.
const KEPT_PREFIXES = ['hvs.'] as const;

/** `hvs.abc…` → `hvs.****`; anything else → `****`. */
export function maskSecret(value: string): string {
  const prefix = KEPT_PREFIXES.find((kept) => value.startsWith(kept));
  return `${prefix ?? ''}${MASK}`;
}

/** Replaces every occurrence of every secret in `text` by its mask. */
export function maskText(text: string, secrets: readonly string[]): string {
  // Longest first, so a secret containing another is masked whole.
  const ordered = [...new Set(secrets)]
    .filter((secret) => secret !== '')
    .sort((a, b) => b.length - a.length);
  let masked = text;
  for (const secret of ordered) {
    masked = masked.split(secret).join(maskSecret(secret));
  }
  return masked;
}

export interface VisibleEntry {
  id: number;
  command: string;
  output: string;
  isError: boolean;
}

/** What the terminal and transcript show: `hidden` values are masked. */
export function toVisibleEntry(
  entry: TranscriptEntry & { id: number },
  hidden: readonly string[],
): VisibleEntry {
  return {
    id: entry.id,
    command: maskText(entry.command, hidden),
    output: maskText(entry.output, hidden),
    isError: entry.isError === true,
  };
}
