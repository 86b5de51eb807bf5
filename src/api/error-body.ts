// Reads a non-2xx answer: the backend's own messages, or the proxy's
// report that it could not reach the backend at all.
import type { ApiErrorKind, Backend } from './errors.ts';

const backends: readonly Backend[] = ['vault', 'nomad', 'lab', 'web'];

export interface Failure {
  kind: ApiErrorKind;
  errors: string[];
  /** The proxy names the backend it failed to reach. */
  backend?: Backend;
  hint?: string;
  proxyCode?: string;
  upstreamAddr?: string;
}

/** What the proxy's `proxyError` codes mean for the learner. */
const kindOfProxyCode: Readonly<Record<string, ApiErrorKind>> = {
  upstream_unreachable: 'unreachable',
  upstream_timeout: 'timeout',
};

/** JSON when the text is JSON, the text itself otherwise. */
export function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The proxy's own answers carry `proxyError`; Vault and the lab send
 * `{"errors":[...]}`; Nomad sends plain text, kept as one message.
 */
export function readFailure(body: unknown, text: string): Failure {
  if (isRecord(body) && typeof body.proxyError === 'string') {
    const kind = kindOfProxyCode[body.proxyError] ?? 'proxy';
    const errors = readErrors(body, '');
    const where = kind === 'unreachable' ? splitAddress(errors) : undefined;
    return {
      kind,
      errors: where ? [where.reason] : errors,
      proxyCode: body.proxyError,
      ...(where ? { upstreamAddr: where.addr } : {}),
      ...(isBackend(body.backend) ? { backend: body.backend } : {}),
      ...(typeof body.hint === 'string' ? { hint: body.hint } : {}),
    };
  }
  return { kind: 'upstream', errors: readErrors(body, text) };
}

// The proxy words it `Vault is not reachable at <addr>: <reason>`; the
// app names the address and the reason separately.
function splitAddress(errors: string[]) {
  const [first] = errors;
  const match = /^\S+ is not (?:reachable|trusted) at (\S+): (.+)$/s.exec(
    first ?? '',
  );
  if (!match?.[1] || !match[2] || errors.length !== 1) return undefined;
  return { addr: match[1], reason: match[2] };
}

function readErrors(body: unknown, text: string): string[] {
  if (isRecord(body) && Array.isArray(body.errors)) {
    return body.errors.filter((e): e is string => typeof e === 'string');
  }
  return text === '' ? [] : [text];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBackend(value: unknown): value is Backend {
  return backends.includes(value as Backend);
}
