import { afterEach, describe, expect, it } from 'vitest';

import { ApiError, UnexpectedResponseError } from './errors.ts';
import { configureHttp, request, type Exchange } from './http.ts';
import { readMode } from './mode.ts';
import { readInitStatus } from './vault/sys-init.ts';
import { writePolicy } from './vault/policies.ts';
import { parseJob } from './nomad/jobs.ts';

const root = {
  token: 'hvs.root0000000000000000000',
  role: 'root token' as const,
};

function answering(status: number, body: string, seen: Request[] = []) {
  return async (req: Request) => {
    seen.push(req);
    return new Response(body === '' ? null : body, { status });
  };
}

async function caught(pending: Promise<unknown>): Promise<unknown> {
  try {
    await pending;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

afterEach(() => configureHttp({}));

describe('request', () => {
  it('sends the marker header and the Vault token to the Vault prefix', async () => {
    const seen: Request[] = [];
    configureHttp({
      fetch: answering(204, '', seen),
      baseUrl: 'http://app.test',
    });

    await writePolicy(root, 'nomad-server', 'path "x" {}');

    const [sent] = seen;
    expect(sent?.url).toBe(
      'http://app.test/api/vault/v1/sys/policies/acl/nomad-server',
    );
    expect(sent?.method).toBe('PUT');
    expect(sent?.headers.get('X-Requested-By')).toBe('nomad-vault-walkthrough');
    expect(sent?.headers.get('X-Vault-Token')).toBe(root.token);
    expect(await sent?.json()).toEqual({ policy: 'path "x" {}' });
  });

  it('sends no token header to Nomad when none is given', async () => {
    const seen: Request[] = [];
    configureHttp({
      fetch: answering(200, '{"ID":"web"}', seen),
      baseUrl: 'http://app.test',
    });

    const job = await parseJob('job "web" {}');

    expect(job.ID).toBe('web');
    expect(seen[0]?.url).toBe('http://app.test/api/nomad/v1/jobs/parse');
    expect(seen[0]?.headers.has('X-Nomad-Token')).toBe(false);
    expect(seen[0]?.headers.has('X-Vault-Token')).toBe(false);
  });

  it('turns a Vault error body into an upstream ApiError', async () => {
    configureHttp({
      fetch: answering(503, '{"errors":["Vault is sealed"]}'),
      baseUrl: 'http://app.test',
    });

    const error = await caught(writePolicy(root, 'nomad-server', 'x'));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      backend: 'vault',
      kind: 'upstream',
      status: 503,
      errors: ['Vault is sealed'],
      method: 'PUT',
      path: '/v1/sys/policies/acl/nomad-server',
      tokenRole: 'root token',
    });
  });

  it('records that no token was sent when the credential is empty', async () => {
    configureHttp({
      fetch: answering(403, '{"errors":["permission denied"]}'),
      baseUrl: 'http://app.test',
    });

    const error = await caught(
      writePolicy({ token: undefined, role: 'root token' }, 'p', 'x'),
    );

    expect(error).toMatchObject({ status: 403, tokenRole: 'no token' });
  });

  it('keeps a Nomad plain-text error as one message', async () => {
    const text =
      'Failed to parse job: input.hcl:1,27-28: Unclosed configuration block';
    configureHttp({ fetch: answering(400, text), baseUrl: 'http://app.test' });

    const error = await caught(parseJob('job "x" {'));

    expect(error).toMatchObject({
      backend: 'nomad',
      status: 400,
      errors: [text],
    });
  });

  it('reads the proxy answer for an unreachable backend', async () => {
    const body = JSON.stringify({
      errors: ['connect ECONNREFUSED 127.0.0.1:8200'],
      proxyError: 'upstream_unreachable',
      backend: 'vault',
      hint: 'Start Vault at http://127.0.0.1:8200',
    });
    configureHttp({ fetch: answering(502, body), baseUrl: 'http://app.test' });

    const error = await caught(readInitStatus());

    expect(error).toMatchObject({
      kind: 'unreachable',
      status: 502,
      backend: 'vault',
      hint: 'Start Vault at http://127.0.0.1:8200',
      errors: ['connect ECONNREFUSED 127.0.0.1:8200'],
    });
  });

  it('reads the proxy answer for a timed-out backend', async () => {
    const body =
      '{"errors":["timeout"],"proxyError":"upstream_timeout","backend":"nomad"}';
    configureHttp({ fetch: answering(504, body), baseUrl: 'http://app.test' });

    const error = await caught(readInitStatus());

    expect(error).toMatchObject({
      kind: 'timeout',
      backend: 'nomad',
      status: 504,
    });
  });

  it('reports a failed fetch as a network error', async () => {
    configureHttp({
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      baseUrl: 'http://app.test',
    });

    const error = await caught(readInitStatus());

    expect(error).toMatchObject({
      kind: 'network',
      status: 0,
      errors: ['fetch failed'],
    });
  });

  it('refuses a 2xx body without the fields the app relies on', async () => {
    configureHttp({
      fetch: answering(200, '{"sealed":true}'),
      baseUrl: 'http://app.test',
    });

    const error = await caught(readInitStatus());

    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as UnexpectedResponseError).issues[0]).toMatch(
      /^initialized: /,
    );
  });

  it('tells the observer about each exchange', async () => {
    const exchanges: Exchange[] = [];
    configureHttp({
      fetch: answering(200, '{"initialized":false}'),
      baseUrl: 'http://app.test',
      onExchange: (exchange) => exchanges.push(exchange),
    });

    await readInitStatus();

    expect(exchanges).toEqual([
      expect.objectContaining({
        backend: 'vault',
        method: 'GET',
        path: '/v1/sys/init',
        status: 200,
        responseBody: { initialized: false },
      }),
    ]);
  });

  it('returns undefined for a 204 answer without a schema', async () => {
    configureHttp({ fetch: answering(204, ''), baseUrl: 'http://app.test' });

    const result = await request({
      backend: 'lab',
      method: 'POST',
      path: '/reset',
    });

    expect(result).toBeUndefined();
  });
});

describe('readMode', () => {
  it('reads the mode the server announces', async () => {
    const seen: Request[] = [];
    configureHttp({
      fetch: answering(
        200,
        '{"mode":"live","vaultAddr":"http://127.0.0.1:8200"}',
        seen,
      ),
      baseUrl: 'http://app.test',
    });

    expect(await readMode()).toEqual({
      mode: 'live',
      vaultAddr: 'http://127.0.0.1:8200',
    });
    expect(seen[0]?.url).toBe('http://app.test/api/mode');
  });

  it('falls back to mock when the server is absent', async () => {
    configureHttp({
      fetch: answering(404, '<html>not here</html>'),
      baseUrl: 'http://app.test',
    });

    expect(await readMode()).toEqual({ mode: 'mock' });
  });
});
