// S1, S2, S7: only our own names reach anything; a rebound DNS name, an
// upgrade request or a foreign Origin never gets to Vault or Nomad.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { rawRequest, send, statusOf } from '../test-support/http-client.ts';
import {
  ASSET_PATH,
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
import { allowedHostsFor } from './host-allowlist.ts';

let vault: UpstreamDouble;
let nomad: UpstreamDouble;
let dist: StaticRoot;
let server: TestServer;

beforeAll(async () => {
  [vault, nomad] = await Promise.all([
    startUpstreamDouble(),
    startUpstreamDouble(),
  ]);
  dist = makeStaticRoot();
  server = await startTestServer({
    upstream: liveUpstream(vault.url, nomad.url),
    staticRoot: dist.dir,
    allowedHosts: ['workshop.invalid:8443'],
  });
});

afterAll(async () => {
  await server.close();
  await Promise.all([vault.close(), nomad.close()]);
  dist.remove();
});

const foreignHost = () => `attacker.invalid:${server.port}`;

describe('S1: a foreign Host is refused before anything else', () => {
  it.each([
    '/api/vault/v1/sys/health',
    '/api/nomad/v1/jobs',
    '/',
    ASSET_PATH,
    '/api/mode',
  ])('answers 403 forbidden_host for %s', async (path) => {
    const before = vault.hits.length + nomad.hits.length;

    const answer = await send(server.port, {
      path,
      headers: { host: foreignHost() },
    });

    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({
      errors: [`Host "${foreignHost()}" is not allowed`],
      proxyError: 'forbidden_host',
    });
    expect(vault.hits.length + nomad.hits.length).toBe(before);
  });

  it('refuses a WebSocket upgrade with a foreign Host without switching', async () => {
    const before = vault.hits.length;

    const answer = await rawRequest(
      server.port,
      'GET /api/vault/v1/sys/health HTTP/1.1\r\n' +
        `Host: ${foreignHost()}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
        'Connection: close\r\n\r\n',
    );

    expect(statusOf(answer)).toBe(403);
    expect(vault.hits.length).toBe(before);
  });

  it('refuses a request without any Host (HTTP/1.0)', async () => {
    const answer = await rawRequest(
      server.port,
      'GET /api/mode HTTP/1.0\r\n\r\n',
    );

    expect(answer).toMatch(/^HTTP\/1\.1 403 /);
  });
});

describe('S2: loopback names with the bound port are ours', () => {
  it.each(['localhost', '127.0.0.1', '[::1]'])(
    'answers 200 for Host %s',
    async (name) => {
      const before = vault.hits.length;

      const answer = await send(server.port, {
        path: '/api/vault/v1/sys/health',
        headers: { host: `${name}:${server.port}` },
      });

      expect(answer.status).toBe(200);
      expect(vault.hits.length).toBe(before + 1);
    },
  );

  it('accepts an extra host, refuses our name with another port', async () => {
    const extra = await send(server.port, {
      path: '/',
      headers: { host: 'workshop.invalid:8443' },
    });
    const otherPort = await send(server.port, {
      path: '/',
      headers: { host: `127.0.0.1:${server.port + 1}` },
    });

    expect(extra.status).toBe(200);
    expect(otherPort.status).toBe(403);
  });
});

describe('allowedHostsFor', () => {
  it('lists loopback names with the port, bare names only on port 80', () => {
    expect([...allowedHostsFor(4180, ['lab.invalid'])]).toEqual([
      'localhost:4180',
      '127.0.0.1:4180',
      '[::1]:4180',
      'lab.invalid:4180',
    ]);
    expect(allowedHostsFor(80, []).has('localhost')).toBe(true);
  });
});
