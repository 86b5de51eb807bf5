/**
 * A time as Go's JSON encoder writes it (RFC 3339, fractional seconds
 * without trailing zeros), in UTC.
 */
export function goTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.replace(/\.(\d*?)0*Z$/, (_, digits: string) =>
    digits ? `.${digits}Z` : 'Z',
  );
}

/** The layout Vault's PostgreSQL plugin uses for `{{expiration}}`. */
export function postgresExpiration(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}+0000`;
}

export function unixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}
