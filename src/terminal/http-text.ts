import type { Exchange } from '../api/http.ts';
import { carriesToken, tokenHeader } from '../export/exchange-facts.ts';
import { maskText } from './mask.ts';
import { maskJson, type MaskPolicy } from './mask-json.ts';

export interface HttpText {
  request: string;
  response: string;
}

const REASONS: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  307: 'Temporary Redirect',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * One call as raw HTTP: request line, headers and JSON body, then the
 * status line and body. Tokens never show; credentials are masked.
 */
export function formatExchange(
  exchange: Exchange,
  policy: MaskPolicy,
): HttpText {
  const head = [`${exchange.method} ${serverPath(exchange)} HTTP/1.1`];
  const header = tokenHeader(exchange);
  if (carriesToken(exchange) && header) head.push(`${header.name}: ****`);
  if (exchange.requestBody !== undefined) {
    head.push('Content-Type: application/json');
  }
  const reason = REASONS[exchange.status] ?? '';
  return {
    request: withBody(head, exchange.requestBody, policy),
    response: withBody(
      [`HTTP/1.1 ${exchange.status} ${reason}`.trimEnd()],
      exchange.responseBody,
      policy,
    ),
  };
}

/** The path as the server itself sees it (the app's /api prefix dropped). */
export function serverPath(exchange: Exchange): string {
  return exchange.backend === 'lab' ? `/lab${exchange.path}` : exchange.path;
}

function withBody(
  head: readonly string[],
  body: unknown,
  policy: MaskPolicy,
): string {
  if (body === undefined) return head.join('\n');
  const text =
    typeof body === 'string'
      ? maskText(body, policy.hidden)
      : JSON.stringify(maskJson(body, policy), null, 2);
  return [...head, '', text].join('\n');
}
