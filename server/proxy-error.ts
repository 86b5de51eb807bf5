// JSON bodies for answers the server makes itself, so the app can tell
// "the proxy refused or could not reach" from "Vault or Nomad said no".
import type { FastifyBaseLogger } from 'fastify';

export type ProxyErrorCode =
  | 'forbidden_host'
  | 'forbidden_origin'
  | 'missing_requested_by'
  | 'bad_path'
  | 'path_blocked'
  | 'body_too_large'
  | 'json_too_deep'
  | 'encoded_body'
  | 'bad_request'
  | 'server_error'
  | 'not_found'
  | 'mock_mode'
  | 'not_built'
  | 'upstream_unreachable'
  | 'upstream_timeout'
  | 'upstream_reset'
  | 'upstream_bad_response'
  | 'nomad_error'
  | 'web_not_running'
  | 'web_port_missing';

/** Who is (or should have been) answering. */
export type BackendName = 'vault' | 'nomad' | 'web';

export interface ProxyErrorBody {
  errors: string[];
  proxyError: ProxyErrorCode;
  backend?: BackendName;
  hint?: string;
}

/** An error a hook or parser throws to answer with a ProxyErrorBody. */
export class ProxyHttpError extends Error {
  readonly statusCode: number;
  readonly body: ProxyErrorBody;

  constructor(statusCode: number, body: ProxyErrorBody) {
    super(body.errors.join('; '));
    this.name = 'ProxyHttpError';
    this.statusCode = statusCode;
    this.body = body;
  }
}

/** What we need of a Fastify reply, whatever server type it was made for. */
export interface ReplyLike {
  readonly sent: boolean;
  readonly log: FastifyBaseLogger;
  getHeaders(): Record<string, unknown>;
  removeHeader(name: string): unknown;
  code(statusCode: number): ReplyLike;
  type(contentType: string): ReplyLike;
  send(payload?: unknown): unknown;
}

// Replies answered here; Fastify's `sent` turns true only once onSend hooks
// have run, and reply-from may still hand over the upstream answer.
const answered = new WeakSet<ReplyLike>();

/** True once a reply has been sent or an error answer has been started. */
export function isAnswered(reply: ReplyLike): boolean {
  return reply.sent || answered.has(reply);
}

/** Answers with `body`, dropping any header an upstream answer left. */
export function sendProxyError(
  reply: ReplyLike,
  statusCode: number,
  body: ProxyErrorBody,
): unknown {
  answered.add(reply);
  for (const name of Object.keys(reply.getHeaders())) {
    reply.removeHeader(name);
  }
  return reply
    .code(statusCode)
    .type('application/json; charset=utf-8')
    .send(body);
}
