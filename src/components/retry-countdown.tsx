import { useEffect, useState, useSyncExternalStore } from 'react';

import {
  latestRetryWait,
  subscribeRetryWait,
  type RetryWait,
} from '../api/retry-wait.ts';

const backendNames = {
  vault: 'Vault',
  nomad: 'Nomad',
  lab: 'The lab',
  web: 'The web app',
} as const;

export interface RetryCountdownState {
  /** Whole seconds left; 0 when nothing asks the app to wait. */
  seconds: number;
  /** Who asked, e.g. `Vault`. */
  who: string;
}

/** Counts down a backend's Retry-After (F11), ticking while it lasts. */
export function useRetryCountdown(): RetryCountdownState {
  const wait = useSyncExternalStore(subscribeRetryWait, latestRetryWait);
  const [now, setNow] = useState(() => Date.now());
  const seconds = secondsLeft(wait, now);
  const isWaiting = wait !== null && wait.until > now;
  useEffect(() => {
    if (!wait) return undefined;
    // Tick right away too: `now` may predate a wait that just arrived.
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = isWaiting ? setInterval(tick, 250) : undefined;
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [wait, isWaiting]);
  return { seconds, who: wait ? backendNames[wait.backend] : '' };
}

function secondsLeft(wait: RetryWait | null, now: number): number {
  return wait ? Math.max(0, Math.ceil((wait.until - now) / 1000)) : 0;
}

/**
 * The countdown a rate limit asked for. A timer region, not an alert, so
 * screen readers are not told every second.
 */
export function RetryCountdown({ seconds, who }: RetryCountdownState) {
  if (seconds <= 0) return null;
  return (
    <p role="timer" className="retry-countdown">
      {who} asked to wait: Run is available again in {seconds} s.
    </p>
  );
}
