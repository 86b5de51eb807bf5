// S11, S12: hop-by-hop headers, cookies, Authorization and client-made
// forwarding headers never reach Vault or Nomad; the token headers do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { rawRequest, send, statusOf } from '../test-support/http-client.ts';
import {
  liveUpstream,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.ts';
import {
  startUpstreamDouble,
  type UpstreamDouble,
} from '../test-support/upstream-double.ts';
import { backendsOf } from './backend.ts';
import {
  forwardRequestHeaders,
  forwardResponseHeaders,
} from './forward-headers.ts';

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

const hopByHop = [
  'keep-alive',
  'te',
  'trailer',
  'upgrade',
  'proxy-authorization',
];

describe('S11: hop-by-hop headers', () => {
  it('drops them and every header named in Connection, token included', async () => {
    const answer = await rawRequest(
      server.port,
      'GET /api/vault/v1/sys/health HTTP/1.1\r\n' +
        `Host: 127.0.0.1:${server.port}\r\n` +
        'Connection: close, X-Vault-Token, X-Custom-Hop\r\n' +
        'X-Vault-Token: hvs.named-in-connection\r\nX-Custom-Hop: 1\r\n' +
        'Keep-Alive: timeout=5\r\nTE: trailers\r\nTrailer: X-Checksum\r\n' +
        'Upgrade: h2c\r\nProxy-Authorization: Basic dXNlcjpwYXNz\r\n\r\n',
    );

    const headers = vault.hits.at(-1)?.headers ?? {};
    expect(statusOf(answer)).toBe(200);
    for (const name of [...hopByHop, 'x-vault-token', 'x-custom-hop']) {
      expect(headers[name], name).toBeUndefined();
    }
    expect(headers.connection).not.toContain('X-Vault-Token');
  });
});

describe('S12: client identity and credentials of other schemes', () => {
  it('strips X-Forwarded-For, Cookie and Authorization, keeps X-Vault-Token', async () => {
    await send(server.port, {
      path: '/api/vault/v1/auth/token/lookup-self',
      headers: {
        'x-forwarded-for': '1.2.3.4',
        'x-real-ip': '1.2.3.4',
        cookie: 'session=abc',
        authorization: 'Bearer hvs.from-authorization',
        'x-vault-token': 'hvs.kept',
        'x-nomad-token': 'not-for-vault',
      },
    });

    const headers = vault.hits.at(-1)?.headers ?? {};
    expect(headers['x-forwarded-for']).toBeUndefined();
    expect(headers['x-real-ip']).toBeUndefined();
    expect(headers.cookie).toBeUndefined();
    expect(headers.authorization).toBeUndefined();
    expect(headers['x-nomad-token']).toBeUndefined();
    expect(headers['x-vault-token']).toBe('hvs.kept');
  });

  it('passes X-Nomad-Token to Nomad and never X-Vault-Token', async () => {
    await send(server.port, {
      path: '/api/nomad/v1/jobs',
      headers: {
        'x-nomad-token': 'nomad-secret-id',
        'x-vault-token': 'hvs.root',
      },
    });

    const headers = nomad.hits.at(-1)?.headers ?? {};
    expect(headers['x-nomad-token']).toBe('nomad-secret-id');
    expect(headers['x-vault-token']).toBeUndefined();
  });
});

describe('forwardRequestHeaders / forwardResponseHeaders', () => {
  const upstream = {
    ...liveUpstream('http://v.invalid', 'http://n.invalid'),
    vaultNamespace: 'admin',
  };
  const [vaultBackend] = backendsOf(upstream);

  it('adds the configured namespace only when the app sends none', () => {
    expect(forwardRequestHeaders({}, vaultBackend, upstream)).toEqual({
      'x-vault-namespace': 'admin',
    });
    expect(
      forwardRequestHeaders(
        { 'x-vault-namespace': 'team' },
        vaultBackend,
        upstream,
      ),
    ).toEqual({ 'x-vault-namespace': 'team' });
  });

  it('passes no cookie, CORS or Location header back to the browser', () => {
    expect(
      forwardResponseHeaders({
        'content-type': 'application/json',
        'set-cookie': ['a=b'],
        'access-control-allow-origin': '*',
        location: 'http://active.invalid:8200/v1/sys/health',
      }),
    ).toEqual({
      'content-type': 'application/json',
      'x-upstream-location': 'http://active.invalid:8200/v1/sys/health',
    });
  });
});

describe('configured Nomad region and Vault namespace', () => {
  it('adds ?region= unless the app names one, and X-Vault-Namespace', async () => {
    const regional = await startTestServer({
      upstream: {
        vaultAddr: vault.url,
        nomadAddr: nomad.url,
        vaultNamespace: 'admin',
        nomadRegion: 'eu',
      },
    });

    await send(regional.port, { path: '/api/nomad/v1/jobs?prefix=nomad' });
    const plain = nomad.hits.at(-1)?.url;
    await send(regional.port, { path: '/api/nomad/v1/jobs?region=us' });
    const named = nomad.hits.at(-1)?.url;
    await send(regional.port, { path: '/api/vault/v1/sys/health' });
    await regional.close();

    expect(plain).toBe('/v1/jobs?prefix=nomad&region=eu');
    expect(named).toBe('/v1/jobs?region=us');
    expect(vault.hits.at(-1)?.headers['x-vault-namespace']).toBe('admin');
  });
});
