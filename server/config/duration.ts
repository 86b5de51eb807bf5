// Durations as the Vault and Nomad CLIs take them: `30s`, `2m`, `500ms`,
// or a bare number of seconds (like VAULT_CLIENT_TIMEOUT).

const units: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Milliseconds for `value`, or null when it is not a duration. */
export function parseDurationMs(value: string | number): number | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? value * 1000 : null;
  }
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  if (!match?.[1]) return null;
  const unit = units[match[2] ?? 's'] ?? 1000;
  return Math.round(Number(match[1]) * unit);
}
