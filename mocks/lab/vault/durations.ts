import { VaultError } from './errors.ts';

const unitSeconds: Record<string, number> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
};

/** Seconds from a Go duration ("72h0m0s", "1h30m", "7d"), or null. */
function parseGoDuration(text: string): number | null {
  const parts = /^([0-9.]+)(ns|us|µs|ms|s|m|h|d)/;
  let rest = text;
  let total = 0;
  if (rest === '') return null;
  while (rest !== '') {
    const match = parts.exec(rest);
    if (!match) return null;
    total += Number(match[1]) * (unitSeconds[match[2] ?? 's'] ?? 1);
    rest = rest.slice(match[0].length);
  }
  return Math.floor(total);
}

/**
 * Vault's duration fields take seconds (number or numeric string) or a
 * Go duration string; the field name goes into the error like Vault's.
 */
export function parseSeconds(value: unknown, field: string): number {
  if (value === undefined || value === null || value === '') return 0;
  if (typeof value === 'number' && Number.isFinite(value)) {
    return Math.floor(value);
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^-?\d+$/.test(trimmed)) return Number(trimmed);
    const seconds = parseGoDuration(trimmed);
    if (seconds !== null) return seconds;
  }
  throw VaultError.badRequest(
    `error converting input ${String(value)} for field "${field}": ` +
      `time: invalid duration "${String(value)}"`,
  );
}
