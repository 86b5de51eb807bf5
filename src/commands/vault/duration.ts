// Durations as the vault CLI reads them from flags (`72h`, `90m`, `3600`)
// and as Go prints them into request bodies (`72h0m0s`).
import { CliFailure, EXIT_USAGE } from '../command.ts';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds of a flag value; a bare number means seconds. */
export function parseFlagDuration(flag: string, text: string): number {
  if (text === '') return 0;
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let rest = text;
  while (rest !== '') {
    const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)/.exec(rest);
    if (!match?.[1] || !match[2]) {
      throw new CliFailure(
        `invalid value "${text}" for flag -${flag}: ` +
          `time: invalid duration "${text}"`,
        EXIT_USAGE,
      );
    }
    total += Number(match[1]) * (UNITS[match[2]] ?? 0.001);
    rest = rest.slice(match[0].length);
  }
  return Math.floor(total);
}

/** Go's time.Duration text: `72h0m0s`, `1m30s`, `45s`, `0s`. */
export function goDuration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return `${hours}h${minutes}m${rest}s`;
  if (minutes > 0) return `${minutes}m${rest}s`;
  return `${rest}s`;
}
