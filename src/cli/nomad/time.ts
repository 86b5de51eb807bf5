// Nomad's CLI time formats. We print UTC (`…Z`): the real CLI uses the
// machine's zone, which a browser lab has no reason to imitate.

/** Short IDs are the first 8 characters (the CLI's `limit`). */
export function shortId(id: string, length = 8): string {
  return id.length <= length ? id : id.slice(0, length);
}

/** RFC3339 to the second; '' for times before 1970-01-01T00:00:01Z. */
export function formatNomadTime(epochMs: number): string {
  if (epochMs < 1000) return '';
  return new Date(epochMs).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** Same, from the unix nanoseconds of the JSON (`CreateTime`, `Time`). */
export function formatNanoTime(nanos: number): string {
  return formatNomadTime(nanos / 1e6);
}

/** Same, from an RFC3339 string; '' for the zero time or nothing. */
export function formatTextTime(text: string | null | undefined): string {
  if (!text) return '';
  const epochMs = Date.parse(text);
  return Number.isNaN(epochMs) ? '' : formatNomadTime(epochMs);
}

/**
 * `1m56s ago`, `2h5m ago`, `3s from now`: the two largest non-zero
 * units of s/m/h/d/mo/y after rounding both times to the second.
 */
export function prettyTimeDiff(thenMs: number, nowMs: number): string {
  if (thenMs === 0) return '';
  const then = Math.round(thenMs / 1000);
  const now = Math.round(nowMs / 1000);
  const suffix = now >= then ? ' ago' : ' from now';
  let rest = Math.abs(now - then);
  const parts: string[] = [];
  const units: [size: number, name: string][] = [
    [60, 's'],
    [60, 'm'],
    [24, 'h'],
    [30, 'd'],
    [12, 'mo'],
  ];
  for (const [size, name] of units) {
    if (rest % size > 0) parts.unshift(`${rest % size}${name}`);
    rest = Math.floor(rest / size);
    if (rest === 0) break;
  }
  if (rest > 0) parts.unshift(`${rest}y`);
  if (parts.length === 0) return `0s${suffix}`;
  return parts.slice(0, 2).join('') + suffix;
}

/** Same, from unix nanoseconds. */
export function prettyNanoDiff(nanos: number, nowMs: number): string {
  return nanos === 0 ? '' : prettyTimeDiff(nanos / 1e6, nowMs);
}
