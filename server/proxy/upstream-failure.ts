// Turns a failed upstream exchange into a 502/504 the app can explain:
// who, at which address, what went wrong, and what to do next.
import {
  isAnswered,
  sendProxyError,
  type ReplyLike,
  type BackendName,
  type ProxyErrorBody,
} from '../proxy-error.ts';

export interface Upstream {
  name: BackendName;
  /** How messages name it: `Vault`, `Nomad`, `the nomad-vault-demo app`. */
  title: string;
  addr: string;
  startHint: string;
}

const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const timeoutCodes = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'FST_REPLY_FROM_GATEWAY_TIMEOUT',
  'FST_REPLY_FROM_TIMEOUT',
  'ABORT_ERR',
  'ETIMEDOUT',
]);

// Node's certificate verification failures (DEPTH_ZERO_SELF_SIGNED_CERT,
// CERT_HAS_EXPIRED, ERR_TLS_CERT_ALTNAME_INVALID, ...).
const certificateCode = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/;

/** The innermost error with a code: reply-from and fetch wrap the cause. */
export function rootCause(error: unknown): { code: string; message: string } {
  let current: unknown = error;
  for (let depth = 0; depth < 5; depth += 1) {
    if (!(current instanceof Error)) break;
    const inner = innerOf(current);
    if (inner === undefined) break;
    current = inner;
  }
  const code = (current as { code?: unknown } | null)?.code;
  const message = current instanceof Error ? current.message : String(current);
  if (typeof code === 'string') return { code, message };
  // fetch's AbortSignal.timeout() rejects with a DOMException, no code.
  const isTimeout = current instanceof Error && current.name === 'TimeoutError';
  return { code: isTimeout ? 'ETIMEDOUT' : '', message };
}

function innerOf(error: Error): unknown {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors[0];
  }
  return error.cause;
}

/** The 502/504 answer for `error`, given the deadline that applied. */
export function describeFailure(
  upstream: Upstream,
  error: unknown,
  timeoutMs: number,
): { statusCode: number; body: ProxyErrorBody } {
  const outer = (error as { code?: unknown } | null)?.code;
  const cause = rootCause(error);
  const reason = cause.message || cause.code || 'unknown error';
  const at = `at ${upstream.addr}`;
  const base = { backend: upstream.name };
  if (timeoutCodes.has(cause.code) || timeoutCodes.has(String(outer))) {
    const seconds = `${timeoutMs / 1000} s`;
    return {
      statusCode: 504,
      body: {
        ...base,
        errors: [`${upstream.title} did not answer within ${seconds} ${at}`],
        proxyError: 'upstream_timeout',
        hint:
          'The request was sent once and not repeated; check its effect ' +
          'before trying again.',
      },
    };
  }
  if (certificateCode.test(cause.code)) {
    return {
      statusCode: 502,
      body: {
        ...base,
        errors: [`${upstream.title} is not trusted ${at}: ${reason}`],
        proxyError: 'upstream_unreachable',
        hint:
          'Start the server with NODE_EXTRA_CA_CERTS=<file> naming the CA ' +
          `that signed ${upstream.title}'s certificate.`,
      },
    };
  }
  if (unreachableCodes.has(cause.code)) {
    return {
      statusCode: 502,
      body: {
        ...base,
        errors: [`${upstream.title} is not reachable ${at}: ${reason}`],
        proxyError: 'upstream_unreachable',
        hint: upstream.startHint,
      },
    };
  }
  const isBadAnswer = outer === 'FST_REPLY_FROM_BAD_GATEWAY';
  return {
    statusCode: 502,
    body: {
      ...base,
      errors: [
        isBadAnswer
          ? `${upstream.title} ${at} sent an invalid HTTP answer`
          : `${upstream.title} ${at} broke off the answer: ${reason}`,
      ],
      proxyError: isBadAnswer ? 'upstream_bad_response' : 'upstream_reset',
      hint: 'Nothing partial was passed on; check the server and try again.',
    },
  };
}

/** Sends the failure answer unless something was already sent. */
export function sendUpstreamFailure(
  reply: ReplyLike,
  upstream: Upstream,
  error: unknown,
  timeoutMs: number,
): void {
  if (isAnswered(reply)) return;
  const { statusCode, body } = describeFailure(upstream, error, timeoutMs);
  reply.log.warn(
    {
      backend: upstream.name,
      proxyError: body.proxyError,
      code: rootCause(error).code,
    },
    'upstream failed',
  );
  sendProxyError(reply, statusCode, body);
}
