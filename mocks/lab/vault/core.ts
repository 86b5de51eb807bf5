import type { DatabaseServer } from '../ports.ts';
import type { VersionProfile } from '../types.ts';
import type { LogicalResponse } from './envelope.ts';
import type { MountEntry, TokenEntry, VaultState } from './state.ts';

/** The emulator's shared context: storage plus the world around it. */
export interface VaultCore {
  state: VaultState;
  profile: VersionProfile;
  clock: () => number;
  resolveDatabase(host: string, port: number): DatabaseServer | undefined;
}

export type Operation = 'read' | 'list' | 'create' | 'update' | 'delete';

export interface LogicalRequest {
  operation: Operation;
  /** Path below /v1/, without a trailing slash. */
  path: string;
  body: Record<string, unknown>;
  query: URLSearchParams;
  /** The caller's token (absent only on unauthenticated paths). */
  token: TokenEntry;
}

export interface RouteContext {
  core: VaultCore;
  request: LogicalRequest;
  params: Record<string, string>;
  mount: MountEntry;
}

export type RouteHandler = (
  context: RouteContext,
) => Promise<LogicalResponse | undefined> | LogicalResponse | undefined;

/**
 * One endpoint of a backend. `pattern` is relative to the mount:
 * `:name` matches one segment, `*rest` the remainder (may be empty).
 */
export interface Route {
  pattern: string;
  handlers: Partial<Record<Operation, RouteHandler>>;
  /** Existence check: decides between create and update (contract §3.5). */
  exists?: (context: RouteContext) => boolean;
  /** Body fields the endpoint knows; others draw a warning. */
  fields?: string[];
}

export interface Backend {
  type: string;
  /** `mount_type` in the envelope. */
  mountType: string;
  routes: Route[];
}

export function bodyString(body: Record<string, unknown>, key: string) {
  const value = body[key];
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : String(value);
}

export function bodyBoolean(
  body: Record<string, unknown>,
  key: string,
  fallback: boolean,
): boolean {
  const value = body[key];
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 1 || value === '1') return true;
  if (value === 'false' || value === 0 || value === '0') return false;
  return fallback;
}

/** List fields: a JSON list, or a comma-separated string. */
export function bodyList(body: Record<string, unknown>, key: string): string[] {
  const value = body[key];
  if (Array.isArray(value)) {
    return value.map((item) => String(item).trim()).filter(Boolean);
  }
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  }
  return [];
}

/** A string-slice field: a single string is one element, not split. */
export function bodyStatements(
  body: Record<string, unknown>,
  key: string,
): string[] {
  const value = body[key];
  if (Array.isArray(value)) return value.map((item) => String(item).trim());
  if (typeof value === 'string') return value === '' ? [] : [value.trim()];
  return [];
}
