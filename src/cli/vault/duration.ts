// How `vault` prints seconds: Go's time.Duration text minus its zeros.

/** `259200` → `72h`, `3660` → `1h1m`, `90` → `1m30s`, `0` → `0s`. */
export function humanDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  const sign = seconds < 0 ? '-' : '';
  const total = Math.abs(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  let text = `${rest}s`;
  if (hours > 0) text = `${hours}h${minutes}m${text}`;
  else if (minutes > 0) text = `${minutes}m${text}`;
  if (text.endsWith('m0s')) text = text.slice(0, -2);
  const zeroMinutes = text.indexOf('h0m');
  if (zeroMinutes > 0) {
    text = text.slice(0, zeroMinutes + 1) + text.slice(zeroMinutes + 3);
  }
  return sign + text;
}

/** Keys whose values `vault read` shows as durations (format.go). */
export function looksLikeDuration(key: string): boolean {
  return (
    key === 'period' ||
    key.endsWith('_period') ||
    key === 'ttl' ||
    key.endsWith('_ttl') ||
    key === 'duration' ||
    key.endsWith('_duration') ||
    key === 'lease_max' ||
    key === 'ttl_max'
  );
}

/** Whole seconds become a duration; anything else is left as it came. */
export function humanDurationValue(value: unknown): unknown {
  return typeof value === 'number' && Number.isInteger(value)
    ? humanDuration(value)
    : value;
}
