// A backend's "come back in N seconds" (429 with Retry-After), shared by
// every Run button: sending earlier would only earn another 429.
import type { Backend } from './errors.ts';

export interface RetryWait {
  backend: Backend;
  /** Milliseconds since the epoch when sending is welcome again. */
  until: number;
}

let current: RetryWait | null = null;
const listeners = new Set<() => void>();

/** Records a wait of `seconds` asked for by `backend`. */
export function noteRetryAfter(
  backend: Backend,
  seconds: number,
  now = Date.now(),
): void {
  const until = now + seconds * 1000;
  if (current && current.until >= until) return;
  current = { backend, until };
  for (const listener of listeners) listener();
}

/** The last wait asked for, even if it has passed (a stable snapshot). */
export function latestRetryWait(): RetryWait | null {
  return current;
}

/** The wait in force, or null once it has passed. */
export function currentRetryWait(now = Date.now()): RetryWait | null {
  return current && current.until > now ? current : null;
}

export function subscribeRetryWait(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets any wait (tests, and a switch to another mode). */
export function clearRetryWait(): void {
  current = null;
  for (const listener of listeners) listener();
}
