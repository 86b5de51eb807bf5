// S8–S10: no request target escapes /v1/ on the configured upstream, no
// request can pick another upstream, and dangerous API paths are blocked.
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
import { blockedPrefixOf } from './path-denylist.ts';
import { requestTargetProblem } from './request-target.ts';

let vault: UpstreamDouble;
let nomad: UpstreamDouble;
let server: TestServer;

beforeAll(async () => {
  [vault, nomad] = await Promise.all([
    startUpstreamDouble(),
    startUpstreamDouble(),
  ]);
  server = await startTestServer({
    upstream: liveUpstream(vault.url, nomad.url),
  });
});

afterAll(async () => {
  await server.close();
  await Promise.all([vault.close(), nomad.close()]);
});

const upstreamHits = () => vault.hits.length + nomad.hits.length;

function rawGet(target: string): Promise<string> {
  return rawRequest(
    server.port,
    `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
      'Connection: close\r\n\r\n',
  );
}

describe('S8: path escapes', () => {
  it.each([
    '/api/vault/../nomad/v1/jobs',
    '/api/vault/%2e%2e/x',
    '/api/vault/%2E%2E%2Fx',
    '/api/vault/..%5c..%5cx',
    '/api/vault/%252e%252e/x',
    '/api/%76ault/v1/sys/health',
    '/%61pi/vault/v1/sys/health',
    '/api/vault//x@x',
    '/api/vault/v1/sys/health#fragment',
    '/api/vault/v1/sys\\health',
    '/api/vault/v1/./sys/health',
    'http://metadata.invalid/',
    'http://metadata.invalid/api/vault/v1/sys/health',
  ])('answers 400 to %s without calling upstream', async (target) => {
    const before = upstreamHits();

    const answer = await rawGet(target);
    const next = await send(server.port, { path: '/api/mode' });

    expect(statusOf(answer)).toBe(400);
    expect(answer).toContain('"proxyError":"bad_path"');
    expect(upstreamHits()).toBe(before);
    expect(next.status).toBe(200);
  });

  it('forwards a plain path under /v1/ unchanged', async () => {
    await send(server.port, {
      path: '/api/nomad/v1/job/nomad-vault-demo/allocations',
    });

    expect(nomad.hits.at(-1)?.url).toBe('/v1/job/nomad-vault-demo/allocations');
  });
});

describe('S9: the upstream is always the configured one', () => {
  it('ignores address-looking queries and forwarding headers', async () => {
    const before = vault.hits.length;

    const answer = await send(server.port, {
      path: '/api/vault/v1/sys/health?vaultaddr=http://elsewhere.invalid:8200',
      headers: {
        'x-forwarded-host': 'attacker.invalid',
        forwarded: 'host=attacker.invalid;proto=https',
        'x-original-url': '/v1/sys/raw',
        'x-rewrite-url': '/v1/sys/raw',
      },
    });

    const hit = vault.hits.at(-1);
    expect(answer.status).toBe(200);
    expect(vault.hits.length).toBe(before + 1);
    expect(hit?.url.split('?')[0]).toBe('/v1/sys/health');
    expect(new URLSearchParams(hit?.url.split('?')[1]).get('vaultaddr')).toBe(
      'http://elsewhere.invalid:8200',
    );
    expect(hit?.headers.host).toBe(`127.0.0.1:${vault.port}`);
    expect(hit?.headers['x-forwarded-host']).toBeUndefined();
    expect(hit?.headers.forwarded).toBeUndefined();
    expect(hit?.headers['x-original-url']).toBeUndefined();
  });
});

describe('S10: blocked API paths', () => {
  it.each([
    ['GET', '/api/vault/v1/sys/raw/logical/abc'],
    ['PUT', '/api/vault/v1/sys/generate-root/attempt'],
    ['GET', '/api/vault/v1/SYS/RAW'],
    ['POST', '/api/nomad/v1/acl/bootstrap'],
  ])('answers 403 path_blocked to %s %s', async (method, path) => {
    const before = upstreamHits();

    const answer = await send(server.port, {
      method,
      path,
      headers: APP_HEADERS,
    });

    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).proxyError).toBe('path_blocked');
    expect(upstreamHits()).toBe(before);
  });

  it('blocks whole segments only', () => {
    expect(blockedPrefixOf('vault', 'sys/raw')).toBe('sys/raw');
    expect(blockedPrefixOf('vault', 'sys/rekey/init')).toBe('sys/rekey');
    expect(blockedPrefixOf('vault', 'sys/rawness')).toBeNull();
    expect(blockedPrefixOf('vault', 'sys/init')).toBeNull();
    expect(blockedPrefixOf('nomad', 'operator/raft/configuration')).toBe(
      'operator',
    );
    expect(blockedPrefixOf('nomad', 'jobs')).toBeNull();
  });
});

describe('requestTargetProblem', () => {
  it('accepts the paths and queries the app sends', () => {
    expect(
      requestTargetProblem('/api/vault/v1/database/creds/accessdb'),
    ).toBeNull();
    expect(
      requestTargetProblem('/api/nomad/v1/jobs?index=12&wait=10s'),
    ).toBeNull();
    expect(requestTargetProblem('/assets/index-3f7c2a91.js')).toBeNull();
  });

  it('names what is wrong with an encoded prefix', () => {
    expect(requestTargetProblem('/api/%76ault/v1/sys/init')).toBe(
      'an /api path may only hold letters, digits and ._~:+=,- ' +
        'between single slashes',
    );
  });
});
