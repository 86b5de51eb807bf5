// F10: a Vault standby node answers instead of the active one. Health
// says 429 (standby) or 473 (performance standby); other calls redirect
// with 307, which the proxy passes on as X-Upstream-Location.
import type { ApiError } from '../api/errors.ts';
import type { ErrorDescription } from './errors.ts';

const STANDBY = 429;
const PERFORMANCE_STANDBY = 473;
const REDIRECT = 307;

export function isStandbyAnswer(error: ApiError): boolean {
  if (error.status === REDIRECT) return true;
  const isHealth = error.path.startsWith('/v1/sys/health');
  return (
    isHealth &&
    (error.status === STANDBY || error.status === PERFORMANCE_STANDBY)
  );
}

export function describeStandby(error: ApiError): ErrorDescription {
  const kind =
    error.status === PERFORMANCE_STANDBY
      ? 'a performance standby node'
      : 'a standby node';
  const active = activeOrigin(error.upstreamLocation);
  const pointer = active
    ? `The active node says it is at ${active}. `
    : 'Find the active node with `vault status` (HA Mode: active). ';
  return {
    message:
      `The Vault at this address is ${kind} (HTTP ${error.status} for ` +
      `${error.method} ${error.path}): only the cluster's active node ` +
      `handles the guide's requests, and the proxy does not follow ` +
      `redirects. ${pointer}Point VAULT_ADDR at the active node and ` +
      'restart the walkthrough server.',
  };
}

function activeOrigin(location: string | undefined): string | undefined {
  if (!location) return undefined;
  try {
    return new URL(location).origin;
  } catch {
    return undefined;
  }
}
