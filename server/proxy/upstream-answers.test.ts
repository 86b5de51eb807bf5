// F3, F4, F5, F10, F11, F13, S20: whatever Vault or Nomad answers is passed
// on whole and unchanged, or replaced by a 502; never half of it.
import { describe, expect, it } from 'vitest';

import { APP_HEADERS, send } from '../test-support/http-client.ts';
import { useProxyFixture } from '../test-support/proxy-fixture.ts';
import { answerJson } from '../test-support/upstream-double.ts';

const { startWith, double, logs } = useProxyFixture();

describe('broken answers (F3, F13, S20)', () => {
  it('turns a reset in the middle of the body into 502, never a 200', async () => {
    const vault = await double((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': '400',
      });
      res.write('{"keys":["abc');
      setTimeout(() => res.socket?.resetAndDestroy(), 20);
    });
    const port = await startWith(vault.url, vault.url);

    const answer = await send(port, {
      method: 'PUT',
      path: '/api/vault/v1/sys/init',
      headers: { ...APP_HEADERS, 'content-type': 'application/json' },
      body: '{"secret_shares":1,"secret_threshold":1}',
    });

    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.body)).toMatchObject({
      proxyError: 'upstream_reset',
      backend: 'vault',
    });
    expect(answer.body).not.toContain('abc');
  });

  it('answers 502 to status 888 and keeps serving', async () => {
    const vault = await double(answerJson(888, { weird: true }));
    const port = await startWith(vault.url, vault.url);

    const answer = await send(port, { path: '/api/vault/v1/sys/health' });
    const next = await send(port, { path: '/api/mode' });

    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.body)).toMatchObject({
      proxyError: 'upstream_bad_response',
      backend: 'vault',
    });
    expect(next.status).toBe(200);
    expect(logs()).not.toContain('FST_ERR_REP_ALREADY_SENT');
  });
});

describe('upstream answers passed through as they are', () => {
  it('passes a 500 with Vault’s own errors (F4)', async () => {
    const errors = ['1 error occurred:\n\t* internal failure\n\n'];
    const vault = await double(answerJson(500, { errors }));
    const port = await startWith(vault.url, vault.url);

    const answer = await send(port, { path: '/api/vault/v1/sys/mounts' });

    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body)).toEqual({ errors });
  });

  it('asks a sealed Vault once and passes its 503 (F5)', async () => {
    const vault = await double(
      answerJson(503, { errors: ['Vault is sealed'] }),
    );
    const port = await startWith(vault.url, vault.url);

    const answer = await send(port, { path: '/api/vault/v1/sys/policies/acl' });

    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.body)).toEqual({ errors: ['Vault is sealed'] });
    expect(vault.hits).toHaveLength(1);
  });

  it('does not follow a standby’s 307 and hides its Location (F10)', async () => {
    const active = 'http://vault-active.invalid:8200/v1/sys/init';
    const vault = await double((_req, res) => {
      res.writeHead(307, { location: active });
      res.end();
    });
    const port = await startWith(vault.url, vault.url);

    const answer = await send(port, { path: '/api/vault/v1/sys/init' });

    expect(answer.status).toBe(307);
    expect(answer.headers.location).toBeUndefined();
    expect(answer.headers['x-upstream-location']).toBe(active);
    expect(vault.hits).toHaveLength(1);
  });

  it('passes 429 with Retry-After (F11)', async () => {
    const vault = await double(
      answerJson(
        429,
        { errors: ['request path "sys/health": rate limit quota exceeded'] },
        { 'retry-after': '7' },
      ),
    );
    const port = await startWith(vault.url, vault.url);

    const answer = await send(port, { path: '/api/vault/v1/sys/health' });

    expect(answer.status).toBe(429);
    expect(answer.headers['retry-after']).toBe('7');
    expect(vault.hits).toHaveLength(1);
  });

  it('passes Nomad’s index headers and plain-text errors', async () => {
    const nomad = await double((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-nomad-index': '42',
        'x-nomad-knownleader': 'true',
        'x-nomad-lastcontact': '0',
      });
      res.end('[]');
    });
    const port = await startWith(nomad.url, nomad.url);

    const answer = await send(port, {
      path: '/api/nomad/v1/job/nomad-vault-demo/allocations',
    });

    expect(answer.status).toBe(200);
    expect(answer.body).toBe('[]');
    expect(answer.headers['x-nomad-index']).toBe('42');
    expect(answer.headers['x-nomad-knownleader']).toBe('true');
    expect(answer.headers['x-nomad-lastcontact']).toBe('0');
  });

  it('forwards the exact request body bytes', async () => {
    const vault = await double((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const port = await startWith(vault.url, vault.url);
    const body =
      '{"policy":"path \\"database/creds/accessdb\\" {\\n}",  "n": 1787306401000000001}';

    const answer = await send(port, {
      method: 'PUT',
      path: '/api/vault/v1/sys/policies/acl/access-tables',
      headers: { ...APP_HEADERS, 'content-type': 'application/json' },
      body,
    });

    expect(answer.status).toBe(204);
    expect(vault.hits[0]?.body).toBe(body);
    expect(vault.hits[0]?.url).toBe('/v1/sys/policies/acl/access-tables');
  });
});
