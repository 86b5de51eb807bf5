// S14, S16: answers carrying secrets are never cached or shared across
// origins, their bodies never reach the log, and the SPA gets its CSP.
import type { IncomingMessage, ServerResponse } from 'node:http';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { APP_HEADERS, send } from '../test-support/http-client.ts';
import {
  makeStaticRoot,
  type StaticRoot,
} from '../test-support/static-root.ts';
import {
  liveUpstream,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.ts';
import {
  startUpstreamDouble,
  type UpstreamDouble,
} from '../test-support/upstream-double.ts';

const unsealKey =
  'a3f1c9e07b2d4c58e6f09a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f';
const rootToken = 'hvs.R00tT0kenOfTheLearner';
const serverToken = 'hvs.N0madServerT0ken';
const requestToken = 'hvs.TokenSentByTheBrowser';
const dbPassword = 'A1a-Sup3rSecretPassw0rd';

const secretAnswers: Record<string, unknown> = {
  '/v1/sys/init': {
    keys: [unsealKey],
    keys_base64: ['o/HJ4Hst'],
    root_token: rootToken,
  },
  '/v1/sys/unseal': { sealed: false, t: 1, n: 1, progress: 0 },
  '/v1/auth/token/create/nomad-cluster': {
    auth: { client_token: serverToken },
  },
  '/v1/database/creds/accessdb': {
    lease_id: 'database/creds/accessdb/x1',
    data: { username: 'v-token-accessdb-x1', password: dbPassword },
  },
};

function answerSecrets(req: IncomingMessage, res: ServerResponse) {
  res.writeHead(200, {
    'content-type': 'application/json',
    'access-control-allow-origin': '*',
    'cache-control': 'public, max-age=600',
  });
  res.end(JSON.stringify(secretAnswers[req.url ?? ''] ?? {}));
}

let vault: UpstreamDouble;
let dist: StaticRoot;
let server: TestServer;

beforeAll(async () => {
  vault = await startUpstreamDouble(answerSecrets);
  dist = makeStaticRoot();
  server = await startTestServer({
    upstream: liveUpstream(vault.url, vault.url),
    staticRoot: dist.dir,
    logLevel: 'debug',
  });
});

afterAll(async () => {
  await server.close();
  await vault.close();
  dist.remove();
});

describe('S14: answers that carry secrets', () => {
  const calls = [
    [
      'PUT',
      '/api/vault/v1/sys/init',
      '{"secret_shares":1,"secret_threshold":1}',
    ],
    ['PUT', '/api/vault/v1/sys/unseal', `{"key":"${unsealKey}"}`],
    [
      'POST',
      '/api/vault/v1/auth/token/create/nomad-cluster',
      '{"policies":["nomad-server"]}',
    ],
    ['GET', '/api/vault/v1/database/creds/accessdb', undefined],
  ] as const;

  it.each(calls)(
    '%s %s is no-store and has no CORS header',
    async (method, path, body) => {
      const answer = await send(server.port, {
        method,
        path,
        headers: {
          ...APP_HEADERS,
          'content-type': 'application/json',
          'x-vault-token': requestToken,
        },
        ...(body === undefined ? {} : { body }),
      });

      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    },
  );

  it('never writes a token, key or password to the log', async () => {
    for (const [method, path, body] of calls) {
      await send(server.port, {
        method,
        path,
        headers: {
          ...APP_HEADERS,
          'content-type': 'application/json',
          'x-vault-token': requestToken,
        },
        ...(body === undefined ? {} : { body }),
      });
    }
    const logs = server.logs();

    expect(logs).toContain('"msg":"request completed"');
    expect(logs).toContain('"path":"/api/vault/v1/sys/init"');
    expect(logs).not.toMatch(/hvs\./);
    expect(logs).not.toMatch(/[0-9a-f]{64}/);
    expect(logs).not.toContain(dbPassword);
    expect(logs).not.toContain('o/HJ4Hst');
  });
});

describe('S16 and friends: headers on the SPA', () => {
  it('sends the CSP, nosniff and no-referrer with index.html', async () => {
    const answer = await send(server.port, { path: '/' });

    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
        "connect-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; worker-src 'self'; frame-ancestors 'none'; " +
        "base-uri 'none'; form-action 'none'",
    );
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
  });

  it('gives /api answers a deny-all CSP of their own', async () => {
    const answer = await send(server.port, { path: '/api/mode' });

    expect(answer.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
  });
});
