import type { VersionProfile } from '../types.ts';
import { errorMessages, type VaultError } from './errors.ts';
import { uuid } from './ids.ts';
import { isAtLeast } from './version.ts';

/** What a logical handler answers; Vault wraps it in its envelope. */
export interface LogicalResponse {
  data?: Record<string, unknown> | null;
  auth?: Record<string, unknown>;
  warnings?: string[];
  leaseId?: string;
  leaseDuration?: number;
  isRenewable?: boolean;
  /** Only for answers other than 200 (202 for queued revocations). */
  status?: number;
}

const headers = {
  'Content-Type': 'application/json',
  'Cache-Control': 'no-store',
};

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers });
}

export function empty(status: number): Response {
  return new Response(null, {
    status,
    headers: { 'Cache-Control': 'no-store' },
  });
}

export function errorResponse(
  error: VaultError,
  profile: VersionProfile,
): Response {
  return json(error.status, { errors: errorMessages(error, profile) });
}

// Legacy sys paths whose data Vault also copies to the top level.
const injectedSysPaths = [
  /^sys\/(audit|auth)(\/|$)/,
  /^sys\/config\/cors$/,
  /^sys\/config\/auditing\/request-headers/,
  /^sys\/capabilities(-accessor|-self)?$/,
  /^sys\/(ha-status|key-status|rotate|remount)$/,
  /^sys\/mounts(\/|$)/,
  /^sys\/policy(\/|$)/,
  /^sys\/rekey\/(backup|recovery-key-backup)$/,
  /^sys\/wrapping\/wrap$/,
];

/** The 200 envelope (contract §0.2), with the sys injector applied. */
export function envelope(
  path: string,
  mountType: string,
  response: LogicalResponse,
  profile: VersionProfile,
): Response {
  const warnings = response.warnings ?? [];
  const body: Record<string, unknown> = {
    request_id: uuid(),
    lease_id: response.leaseId ?? '',
    renewable: response.isRenewable ?? false,
    lease_duration: response.leaseDuration ?? 0,
    data: response.data ?? null,
    wrap_info: null,
    warnings: warnings.length > 0 ? warnings : null,
    auth: response.auth ?? null,
  };
  if (isAtLeast(profile, '1.14')) body['mount_type'] = mountType;
  if (injectedSysPaths.some((pattern) => pattern.test(path))) {
    Object.assign(body, response.data ?? {});
  }
  return json(response.status ?? 200, body);
}
