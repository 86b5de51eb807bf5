// Failures the walkthrough server reports itself: it could not reach the
// backend, refused the request, or got no usable answer back.
import type { ApiError } from '../api/errors.ts';
import type { ErrorDescription } from './errors.ts';

// Why the proxy refused, by its `proxyError` code (server/proxy-error.ts).
const refusalReasons: Readonly<Record<string, string>> = {
  forbidden_host: 'the address in the browser is not one it serves',
  forbidden_origin: 'the request did not come from this app',
  missing_requested_by: "the request lacks the app's X-Requested-By header",
  bad_path: 'the path is not a plain API path',
  path_blocked: 'the walkthrough never needs this path',
  body_too_large: 'the request body is too large',
  json_too_deep: 'the JSON body is nested too deeply',
  encoded_body: 'the request body is compressed',
  bad_request: 'the request is malformed',
  not_found: 'it has no route for this path',
  mock_mode: 'it runs in mock mode and forwards nothing',
  not_built: 'the app is not built',
};

const brokenAnswers = new Set(['upstream_reset', 'upstream_bad_response']);
const webFailures = new Set(['web_not_running', 'web_port_missing']);

/** "The proxy could not reach Vault at <addr>: <reason>. <hint>" */
export function describeUnreachable(
  error: ApiError,
  who: string,
  reason: string,
): ErrorDescription {
  const where = error.upstreamAddr ? ` at ${error.upstreamAddr}` : '';
  const hint = error.hint ?? `Start ${who} and run the step again.`;
  const said = sentence(reason);
  return {
    message: `The proxy could not reach ${who}${where}: ${said} ${hint}`,
  };
}

/** The proxy answered for itself: a refusal, or a broken upstream answer. */
export function describeProxyAnswer(
  error: ApiError,
  who: string,
  reason: string,
  step: number,
): ErrorDescription {
  const code = error.proxyCode ?? '';
  const said = sentence(reason) + (error.hint ? ` ${error.hint}` : '');
  if (brokenAnswers.has(code)) {
    return { message: `The proxy got no usable answer from ${who}: ${said}` };
  }
  if (webFailures.has(code) || error.path === '/names') {
    const message = `The proxy could not find the web app: ${said}`;
    return step === 15 ? { message, nextStep: 14 } : { message };
  }
  if (code === 'server_error') {
    return {
      message: `The walkthrough server failed on this request: ${said}`,
    };
  }
  const why = refusalReasons[code] ?? `it answered ${code || 'an error'}`;
  return {
    message: `The proxy refused to pass this request to ${who} (${why}): ${said}`,
  };
}

/** Ends `text` with a full stop unless it already has one. */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
