// Typed failures of the HTTP client: who answered, how, and with what words.

export type Backend = 'vault' | 'nomad' | 'lab' | 'web';

/**
 * upstream: the backend answered and said no. unreachable/timeout: the
 * proxy could not reach it. proxy: the proxy itself refused or could not
 * pass the answer on. network: the request never got an answer.
 */
export type ApiErrorKind =
  'upstream' | 'unreachable' | 'timeout' | 'proxy' | 'network';

/** Which credential a request carried, named by its role in the guide. */
export type TokenRole = 'root token' | 'Nomad server token';

export interface ApiErrorInit {
  backend: Backend;
  kind: ApiErrorKind;
  status: number;
  errors: string[];
  method: string;
  path: string;
  /** Set when the call was meant to be authenticated. */
  tokenRole?: TokenRole | 'no token';
  /** The proxy's advice when it refused or could not reach the backend. */
  hint?: string;
  /** The proxy's `proxyError` code, e.g. `path_blocked`. */
  proxyCode?: string;
  /** Where the proxy tried to reach the backend, e.g. `http://…:8200`. */
  upstreamAddr?: string;
  /** Seconds from a `Retry-After` header (a rate limit). */
  retryAfterSeconds?: number;
  /** A standby's redirect target, passed on as `X-Upstream-Location`. */
  upstreamLocation?: string;
}

export class ApiError extends Error {
  readonly backend: Backend;
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly errors: string[];
  readonly method: string;
  readonly path: string;
  readonly tokenRole: TokenRole | 'no token' | undefined;
  readonly hint: string | undefined;
  readonly proxyCode: string | undefined;
  readonly upstreamAddr: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly upstreamLocation: string | undefined;

  constructor(init: ApiErrorInit) {
    super(
      `${init.method} ${init.path}: ${init.status} ` +
        (init.errors.join('; ') || init.kind),
    );
    this.name = 'ApiError';
    this.backend = init.backend;
    this.kind = init.kind;
    this.status = init.status;
    this.errors = init.errors;
    this.method = init.method;
    this.path = init.path;
    this.tokenRole = init.tokenRole;
    this.hint = init.hint;
    this.proxyCode = init.proxyCode;
    this.upstreamAddr = init.upstreamAddr;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.upstreamLocation = init.upstreamLocation;
  }

  /** True when one of the backend's messages contains `text`. */
  says(text: string): boolean {
    return this.errors.some((message) => message.includes(text));
  }
}

/** A 2xx answer whose body lacks what the app relies on. */
export class UnexpectedResponseError extends Error {
  readonly backend: Backend;
  readonly method: string;
  readonly path: string;
  readonly issues: string[];

  constructor(init: {
    backend: Backend;
    method: string;
    path: string;
    issues: string[];
  }) {
    super(
      `${init.method} ${init.path}: unexpected answer (` +
        `${init.issues.join('; ')})`,
    );
    this.name = 'UnexpectedResponseError';
    this.backend = init.backend;
    this.method = init.method;
    this.path = init.path;
    this.issues = init.issues;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** 404 from the backend itself: the object does not exist. */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.kind === 'upstream' && error.status === 404;
}

/** Resolves to null when the backend answers 404; rethrows anything else. */
export async function orNotFound<T>(pending: Promise<T>): Promise<T | null> {
  try {
    return await pending;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
