// What a backend said, as the learner should read it: its own words, with
// Vault's error wrapping removed and any token hidden.

/**
 * The backend's words, redacted. Vault wraps several errors (and often
 * one) as `1 error occurred:\n\t* X\n\n`; the learner sees just X.
 */
export function backendReason(errors: readonly string[]): string {
  return redact(errors.flatMap(unwrapMultiError).join('; '));
}

function unwrapMultiError(message: string): string[] {
  if (!/^\d+ errors? occurred:\n/.test(message)) return [message];
  const items = message
    .split('\n')
    .filter((line) => line.startsWith('\t* '))
    .map((line) => line.slice(3).trim());
  return items.length > 0 ? items : [message.trim()];
}

/** Hides Vault tokens that a backend message might echo. */
export function redact(text: string): string {
  return text.replace(/\b(hv[sbr]\.|s\.)[A-Za-z0-9_-]{20,}/g, '$1<redacted>');
}
