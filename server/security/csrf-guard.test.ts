// S3–S7: a page on another site cannot make the app's requests, even the
// "simple" ones a browser sends without asking first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  APP_HEADERS,
  rawRequest,
  send,
  statusOf,
} from '../test-support/http-client.ts';
import {
  liveUpstream,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.ts';
import {
  startUpstreamDouble,
  type UpstreamDouble,
} from '../test-support/upstream-double.ts';

let vault: UpstreamDouble;
let server: TestServer;

beforeAll(async () => {
  vault = await startUpstreamDouble();
  server = await startTestServer({
    upstream: liveUpstream(vault.url, vault.url),
  });
});

afterAll(async () => {
  await server.close();
  await vault.close();
});

const initBody = '{"secret_shares":1,"secret_threshold":1}';

function init(headers: Record<string, string>) {
  return send(server.port, {
    method: 'POST',
    path: '/api/vault/v1/sys/init',
    headers,
    body: initBody,
  });
}

describe('cross-site requests', () => {
  it('refuses a simple text/plain POST from a foreign Origin (S3)', async () => {
    const before = vault.hits.length;

    const answer = await init({
      origin: 'https://attacker.invalid',
      'content-type': 'text/plain',
    });

    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({
      errors: [
        'requests from origin https://attacker.invalid are not accepted',
      ],
      proxyError: 'forbidden_origin',
    });
    expect(vault.hits.length).toBe(before);
  });

  it('refuses Sec-Fetch-Site: cross-site without an Origin (S4)', async () => {
    const before = vault.hits.length;

    const answer = await init({
      ...APP_HEADERS,
      'sec-fetch-site': 'cross-site',
      'content-type': 'application/json',
    });

    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).errors).toEqual([
      'cross-site requests are not accepted',
    ]);
    expect(vault.hits.length).toBe(before);
  });

  it('refuses a same-origin POST without X-Requested-By (S5)', async () => {
    const before = vault.hits.length;

    const answer = await init({
      origin: `http://127.0.0.1:${server.port}`,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
    });

    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({
      errors: ['POST needs the header X-Requested-By'],
      proxyError: 'missing_requested_by',
    });
    expect(vault.hits.length).toBe(before);
  });

  it('forwards the same POST when the app sends it', async () => {
    const before = vault.hits.length;

    const answer = await init({
      ...APP_HEADERS,
      origin: `http://127.0.0.1:${server.port}`,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
    });

    expect(answer.status).toBe(200);
    expect(vault.hits.length).toBe(before + 1);
  });

  it('answers a foreign preflight without any CORS header (S6)', async () => {
    const answer = await send(server.port, {
      method: 'OPTIONS',
      path: '/api/vault/v1/sys/init',
      headers: {
        origin: 'https://attacker.invalid',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'x-vault-token',
      },
    });

    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('never adds CORS headers to a same-origin preflight either (S6)', async () => {
    const answer = await send(server.port, {
      method: 'OPTIONS',
      path: '/api/vault/v1/sys/init',
      headers: { origin: `http://localhost:${server.port}` },
    });

    expect(answer.status).toBe(404);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('rejects an upgrade from a foreign Origin before switching (S7)', async () => {
    const before = vault.hits.length;

    const answer = await rawRequest(
      server.port,
      'GET /api/vault/v1/sys/health HTTP/1.1\r\n' +
        `Host: 127.0.0.1:${server.port}\r\nOrigin: https://attacker.invalid\r\n` +
        'Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nConnection: close\r\n\r\n',
    );

    expect(statusOf(answer)).toBe(403);
    expect(answer).not.toContain('101 Switching Protocols');
    expect(vault.hits.length).toBe(before);
  });
});
