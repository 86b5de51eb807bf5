// S13: oversized, deeply nested and compressed bodies are refused quickly,
// before Vault or Nomad hears of them.
import { gzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { APP_HEADERS, send } from '../test-support/http-client.ts';
import {
  liveUpstream,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.ts';
import {
  startUpstreamDouble,
  type UpstreamDouble,
} from '../test-support/upstream-double.ts';
import { jsonDepth, MAX_JSON_DEPTH } from './body-guards.ts';

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

function put(body: string | Buffer, headers: Record<string, string> = {}) {
  return send(server.port, {
    method: 'PUT',
    path: '/api/vault/v1/sys/policies/acl/nomad-server',
    headers: { ...APP_HEADERS, 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('S13: request bodies', () => {
  it('answers 413 to a 2 MiB JSON body', async () => {
    const before = vault.hits.length;
    const body = JSON.stringify({ policy: 'x'.repeat(2 * 1024 * 1024) });

    const answer = await put(body);

    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).proxyError).toBe('body_too_large');
    expect(answer.durationMs).toBeLessThan(1000);
    expect(vault.hits.length).toBe(before);
  });

  it('answers 400 to JSON nested 10 000 deep', async () => {
    const before = vault.hits.length;
    const body = '['.repeat(10_000) + ']'.repeat(10_000);

    const answer = await put(body);

    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({
      errors: [`JSON nested deeper than ${MAX_JSON_DEPTH} levels`],
      proxyError: 'json_too_deep',
    });
    expect(vault.hits.length).toBe(before);
  });

  it('refuses a gzip bomb with 415 without inflating it', async () => {
    const before = vault.hits.length;
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const heapBefore = process.memoryUsage().heapUsed;

    const answers = [];
    for (let i = 0; i < 5; i += 1) {
      answers.push(await put(bomb, { 'content-encoding': 'gzip' }));
    }

    expect(answers.map((a) => a.status)).toEqual([415, 415, 415, 415, 415]);
    expect(JSON.parse(answers[0]?.body ?? '{}').proxyError).toBe(
      'encoded_body',
    );
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(
      32 * 1024 * 1024,
    );
    expect(vault.hits.length).toBe(before);
  });

  it('forwards an ordinary body nested a few levels', async () => {
    const before = vault.hits.length;

    const answer = await put(
      '{"policy":"path \\"a\\" { capabilities = [\\"read\\"] }"}',
    );

    expect(answer.status).toBe(200);
    expect(vault.hits.length).toBe(before + 1);
  });
});

describe('jsonDepth', () => {
  it('counts nesting outside strings only', () => {
    const text = '{"a":[{"b":"[[[{{{\\"]]]"}]}';

    expect(jsonDepth(Buffer.from(text), 100)).toBe(3);
  });

  it('stops counting once past the limit', () => {
    expect(jsonDepth(Buffer.from('['.repeat(500)), 10)).toBe(11);
  });
});
