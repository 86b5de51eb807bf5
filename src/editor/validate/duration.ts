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

const durationPart = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h|d)/gy;

/**
 * Seconds in a Vault duration field: a number of seconds, a string of
 * digits, or a Go-style duration such as `72h` or `1h30m`. Null when
 * Vault would reject the value.
 */
export function durationSeconds(value: number | string): number | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 ? value : null;
  }
  const text = value.trim();
  if (text === '') return 0;
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let end = 0;
  durationPart.lastIndex = 0;
  for (let match = durationPart.exec(text); match;) {
    total += Number(match[1]) * (unitSeconds[match[2] ?? ''] ?? 0);
    end = durationPart.lastIndex;
    match = durationPart.exec(text);
  }
  return end === text.length ? Math.floor(total) : null;
}
