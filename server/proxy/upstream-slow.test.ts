// F2, F8: an upstream that never answers, and a client that gives up;
// nothing is ever sent twice.
import { describe, expect, it } from 'vitest';

import { APP_HEADERS, send } from '../test-support/http-client.ts';
import { useProxyFixture } from '../test-support/proxy-fixture.ts';
import { answerJson } from '../test-support/upstream-double.ts';

const { startWith, double } = useProxyFixture();

describe('upstream that never answers (F2)', () => {
  const hang = () => undefined;

  it('answers 504 upstream_timeout at the configured timeout', async () => {
    const vault = await double(hang);
    const port = await startWith(vault.url, vault.url, 300);

    const answer = await send(port, { path: '/api/vault/v1/sys/health' });

    expect(answer.status).toBe(504);
    expect(JSON.parse(answer.body)).toMatchObject({
      errors: [`Vault did not answer within 0.3 s at ${vault.url}`],
      proxyError: 'upstream_timeout',
      backend: 'vault',
    });
    expect(answer.durationMs).toBeGreaterThanOrEqual(280);
    expect(answer.durationMs).toBeLessThan(1500);
  });

  it('sends a timed-out POST exactly once', async () => {
    const vault = await double(hang);
    const port = await startWith(vault.url, vault.url, 300);

    const answer = await send(port, {
      method: 'POST',
      path: '/api/vault/v1/auth/token/create/nomad-cluster',
      headers: { ...APP_HEADERS, 'content-type': 'application/json' },
      body: '{"policies":["nomad-server"]}',
    });
    await new Promise((r) => setTimeout(r, 200));

    expect(answer.status).toBe(504);
    expect(vault.hits.map((h) => h.method)).toEqual(['POST']);
  });

  it('gives sys/init its longer deadline', async () => {
    const vault = await double(hang);
    const port = await startWith(vault.url, vault.url, 300);

    const answer = await send(port, {
      method: 'PUT',
      path: '/api/vault/v1/sys/init',
      headers: { ...APP_HEADERS, 'content-type': 'application/json' },
      body: '{"secret_shares":1,"secret_threshold":1}',
    });

    expect(answer.status).toBe(504);
    expect(JSON.parse(answer.body).errors).toEqual([
      `Vault did not answer within 0.9 s at ${vault.url}`,
    ]);
    expect(answer.durationMs).toBeGreaterThanOrEqual(850);
    expect(vault.hits).toHaveLength(1);
  });
});

describe('a client that gives up during init (F8)', () => {
  it('lets the one init finish upstream and never repeats it', async () => {
    const vault = await double((_req, res) => {
      setTimeout(
        () => answerJson(200, { keys: ['k'], root_token: 't' })(_req, res),
        200,
      );
    });
    const port = await startWith(vault.url, vault.url);

    const aborted = new AbortController();
    const request = fetch(`http://127.0.0.1:${port}/api/vault/v1/sys/init`, {
      method: 'PUT',
      headers: { ...APP_HEADERS, 'content-type': 'application/json' },
      body: '{"secret_shares":1,"secret_threshold":1}',
      signal: aborted.signal,
    });
    setTimeout(() => aborted.abort(), 50);
    await expect(request).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 400));
    const after = await send(port, { path: '/api/mode' });

    expect(vault.hits.map((h) => `${h.method} ${h.url}`)).toEqual([
      'PUT /v1/sys/init',
    ]);
    expect(after.status).toBe(200);
  });
});
