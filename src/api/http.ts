// The one HTTP client of the app: every call to Vault, Nomad, the lab
// controls and the demo web app goes through `request` here.
import type { z } from 'zod';

import { parseBody, readFailure } from './error-body.ts';
import { noteRetryAfter } from './retry-wait.ts';
import {
  ApiError,
  UnexpectedResponseError,
  type Backend,
  type TokenRole,
} from './errors.ts';

export { ApiError, UnexpectedResponseError } from './errors.ts';

export type FetchLike = (request: Request) => Promise<Response>;

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE';

/** One request and its answer, for the transcript and debugging views. */
export interface Exchange {
  backend: Backend;
  method: HttpMethod;
  path: string;
  status: number;
  durationMs: number;
  requestBody?: unknown;
  responseBody?: unknown;
}

export interface HttpConfig {
  /** Replaces the global fetch, e.g. to route Node tests into the lab. */
  fetch?: FetchLike;
  /** Prefix for every URL; Node needs an absolute origin. */
  baseUrl?: string;
  onExchange?: (exchange: Exchange) => void;
}

/** Marks requests as ours; the proxy refuses state changes without it. */
export const REQUESTED_BY = 'nomad-vault-walkthrough';

const prefixes: Record<Backend, string> = {
  vault: '/api/vault',
  nomad: '/api/nomad',
  lab: '/api/lab',
  web: '/api/web',
};

let config: HttpConfig = {};

/** Sets (or, with `{}`, resets) how requests leave the app. */
export function configureHttp(next: HttpConfig): void {
  config = { ...next };
}

export interface Credential {
  token: string | undefined;
  role: TokenRole;
}

export interface RequestOptions<T> {
  backend: Backend;
  method: HttpMethod;
  /** Path below the backend's prefix, e.g. `/v1/sys/init`. */
  path: string;
  /** Full path instead of backend prefix + path (e.g. `/api/mode`). */
  url?: string;
  body?: unknown;
  credential?: Credential;
  /** Validates the 2xx body; omit for 204 answers. */
  schema?: z.ZodType<T>;
}

/** Sends one request; resolves with the validated body or throws ApiError. */
export async function request<T = undefined>(
  options: RequestOptions<T>,
): Promise<T> {
  const started = Date.now();
  const { backend, method, path } = options;
  const response = await send(options);
  const text = await response.text();
  const body = parseBody(text);
  config.onExchange?.({
    backend,
    method,
    path,
    status: response.status,
    durationMs: Date.now() - started,
    ...(options.body === undefined ? {} : { requestBody: options.body }),
    ...(body === undefined ? {} : { responseBody: body }),
  });
  if (!response.ok) throw toApiError(options, response, text, body);
  return validate(options, body);
}

async function send<T>(options: RequestOptions<T>): Promise<Response> {
  const fetchImpl: FetchLike = config.fetch ?? ((r) => fetch(r));
  const url =
    (config.baseUrl ?? '') +
    (options.url ?? prefixes[options.backend] + options.path);
  try {
    return await fetchImpl(
      new Request(url, {
        method: options.method,
        headers: headersFor(options),
        ...(options.body === undefined
          ? {}
          : { body: JSON.stringify(options.body) }),
      }),
    );
  } catch (cause) {
    throw new ApiError({
      ...describeRequest(options),
      kind: 'network',
      status: 0,
      errors: [cause instanceof Error ? cause.message : String(cause)],
    });
  }
}

function headersFor<T>(options: RequestOptions<T>): Headers {
  const headers = new Headers({ 'X-Requested-By': REQUESTED_BY });
  if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
  }
  const token = options.credential?.token;
  if (token) {
    const name =
      options.backend === 'nomad' ? 'X-Nomad-Token' : 'X-Vault-Token';
    headers.set(name, token);
  }
  return headers;
}

function describeRequest<T>(options: RequestOptions<T>) {
  const role = options.credential?.token
    ? options.credential.role
    : ('no token' as const);
  return {
    backend: options.backend,
    method: options.method,
    path: options.path,
    ...(options.credential ? { tokenRole: role } : {}),
  };
}

function toApiError<T>(
  options: RequestOptions<T>,
  response: Response,
  text: string,
  body: unknown,
): ApiError {
  const { status, headers } = response;
  const retryAfterSeconds = readRetryAfter(headers.get('Retry-After'));
  const upstreamLocation = headers.get('X-Upstream-Location');
  const error = new ApiError({
    ...describeRequest(options),
    status,
    ...readFailure(body, text),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    ...(upstreamLocation ? { upstreamLocation } : {}),
  });
  if (status === 429 && retryAfterSeconds !== undefined) {
    noteRetryAfter(error.backend, retryAfterSeconds);
  }
  return error;
}

/** Delay-seconds or an HTTP date (RFC 9110 §10.2.3), as whole seconds. */
export function readRetryAfter(
  value: string | null,
  now = Date.now(),
): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function validate<T>(options: RequestOptions<T>, body: unknown): T {
  if (!options.schema) return undefined as T;
  const parsed = options.schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new UnexpectedResponseError({
    ...describeRequest(options),
    issues: parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`,
    ),
  });
}
