// Go's duration and time encodings, as Nomad's JSON and texts use them.

const units: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** time.ParseDuration: "1h30m" → nanoseconds, undefined when invalid. */
export function parseDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const match = /^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(
    text,
  );
  if (!match) return undefined;
  let total = 0;
  for (const part of text.matchAll(
    /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g,
  )) {
    total += Number(part[1]) * (units[part[2] ?? 's'] ?? 0);
  }
  return Math.round(match[1] === '-' ? -total : total);
}

/** time.Duration.String(): nanoseconds → "71h59m50s". */
export function formatDuration(nanos: number): string {
  if (nanos === 0) return '0s';
  const sign = nanos < 0 ? '-' : '';
  let rest = Math.abs(nanos);
  if (rest < 1e9) {
    if (rest < 1e3) return `${sign}${rest}ns`;
    if (rest < 1e6) return `${sign}${trim(rest / 1e3)}µs`;
    return `${sign}${trim(rest / 1e6)}ms`;
  }
  const hours = Math.floor(rest / 3600e9);
  rest -= hours * 3600e9;
  const minutes = Math.floor(rest / 60e9);
  rest -= minutes * 60e9;
  const seconds = `${trim(rest / 1e9)}s`;
  if (hours > 0) return `${sign}${hours}h${minutes}m${seconds}`;
  if (minutes > 0) return `${sign}${minutes}m${seconds}`;
  return `${sign}${seconds}`;
}

const trim = (n: number) => String(Number(n.toFixed(9)));

export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** Unix milliseconds → unix nanoseconds, as Nomad's JSON times are. */
export const nanos = (millis: number) => Math.round(millis) * 1e6;

/** RFC3339 with Go's trimmed fractional seconds. */
export function rfc3339(millis: number): string {
  return new Date(millis).toISOString().replace(/\.000Z$/, 'Z');
}
