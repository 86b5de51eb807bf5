import { afterEach, describe, expect, it } from 'vitest';

import { ApiError } from './errors.ts';
import { configureHttp, readRetryAfter, request } from './http.ts';
import { clearRetryWait, currentRetryWait } from './retry-wait.ts';

function answering(status: number, body: string, headers: HeadersInit = {}) {
  return async () => new Response(body, { status, headers });
}

async function failureOf(
  status: number,
  body: object | string,
  headers: HeadersInit = {},
): Promise<ApiError> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  configureHttp({
    fetch: answering(status, text, headers),
    baseUrl: 'http://app.test',
  });
  try {
    await request({ backend: 'vault', method: 'GET', path: '/v1/sys/init' });
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

afterEach(() => {
  configureHttp({});
  clearRetryWait();
});

describe('proxy answers', () => {
  it('splits the address and reason of an unreachable backend', async () => {
    const error = await failureOf(502, {
      errors: [
        'Vault is not reachable at http://127.0.0.1:8200: ' +
          'connect ECONNREFUSED 127.0.0.1:8200',
      ],
      proxyError: 'upstream_unreachable',
      backend: 'vault',
      hint: 'Start Vault (for example `vault server -dev`) or check VAULT_ADDR.',
    });

    expect(error).toMatchObject({
      kind: 'unreachable',
      proxyCode: 'upstream_unreachable',
      upstreamAddr: 'http://127.0.0.1:8200',
      errors: ['connect ECONNREFUSED 127.0.0.1:8200'],
    });
  });

  it('keeps a timeout apart from an unreachable backend', async () => {
    const error = await failureOf(504, {
      errors: ['Vault did not answer within 30 s at http://127.0.0.1:8200'],
      proxyError: 'upstream_timeout',
      backend: 'vault',
    });

    expect(error.kind).toBe('timeout');
    expect(error.upstreamAddr).toBeUndefined();
  });

  it.each([
    [403, 'forbidden_host'],
    [403, 'forbidden_origin'],
    [403, 'missing_requested_by'],
    [403, 'path_blocked'],
    [413, 'body_too_large'],
    [503, 'mock_mode'],
    [502, 'upstream_reset'],
    [502, 'upstream_bad_response'],
    [503, 'web_not_running'],
  ])('reads %i %s as the proxy answering itself', async (status, code) => {
    const error = await failureOf(status, {
      errors: ['refused here'],
      proxyError: code,
      hint: 'Do the other thing.',
    });

    expect(error).toMatchObject({
      kind: 'proxy',
      proxyCode: code,
      status,
      errors: ['refused here'],
      hint: 'Do the other thing.',
    });
  });

  it('treats a body without proxyError as the backend speaking', async () => {
    const error = await failureOf(502, '{"errors":["bad gateway upstream"]}');

    expect(error.kind).toBe('upstream');
    expect(error.proxyCode).toBeUndefined();
  });
});

describe('answer headers', () => {
  it('keeps the standby redirect target the proxy passes on', async () => {
    const error = await failureOf(307, '', {
      'X-Upstream-Location': 'http://active.invalid:8200/v1/sys/init',
    });

    expect(error.upstreamLocation).toBe(
      'http://active.invalid:8200/v1/sys/init',
    );
  });

  it('records how long a 429 asks the app to wait', async () => {
    const before = Date.now();

    const error = await failureOf(
      429,
      '{"errors":["request path \\"sys/init\\": rate limit quota exceeded"]}',
      { 'Retry-After': '7' },
    );

    expect(error.retryAfterSeconds).toBe(7);
    const wait = currentRetryWait();
    expect(wait?.backend).toBe('vault');
    expect(wait?.until).toBeGreaterThanOrEqual(before + 7000);
    expect(currentRetryWait(Date.now() + 7100)).toBeNull();
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');

    expect(readRetryAfter('12', now)).toBe(12);
    expect(readRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5);
    expect(readRetryAfter('soon', now)).toBeUndefined();
    expect(readRetryAfter(null, now)).toBeUndefined();
  });
});
