import { request as httpRequest } from 'node:http';

import { afterEach, describe, expect, it } from 'vitest';

import { EMULATOR_HEADER, markEmulator } from './emulator-mark.ts';
import { listen } from './listener.ts';
import type { Listener } from './listener.ts';

let listener: Listener | undefined;

afterEach(async () => {
  await listener?.close();
  listener = undefined;
});

const echo = markEmulator(
  async (request) =>
    Response.json({
      method: request.method,
      path: new URL(request.url).pathname,
      body: await request.text(),
      token: request.headers.get('x-vault-token'),
    }),
  ['/v1/sys/health'],
  () => ({ emulator: 'nomad-vault-walkthrough' }),
);

/** Node's client, which sends any method token as written. */
function send(method: string, path: string, body?: string) {
  return new Promise<{ status: number; text: string; marked: unknown }>(
    (resolve, reject) => {
      const outgoing = httpRequest(
        `${listener?.url}${path}`,
        { method, headers: { 'x-vault-token': 'hvs.test' } },
        (answer) => {
          let text = '';
          answer.on('data', (chunk: Buffer) => (text += chunk.toString()));
          answer.on('end', () =>
            resolve({
              status: answer.statusCode ?? 0,
              text,
              marked: answer.headers[EMULATOR_HEADER.toLowerCase()],
            }),
          );
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    },
  );
}

describe('listen', () => {
  it('hands Vault’s LIST method and its headers to the handler', async () => {
    listener = await listen(echo, { host: '127.0.0.1', port: 0 });

    const answer = await send('LIST', '/v1/sys/policies/acl');

    expect(JSON.parse(answer.text)).toEqual({
      method: 'LIST',
      path: '/v1/sys/policies/acl',
      body: '',
      token: 'hvs.test',
    });
    expect(answer.marked).toBe('nomad-vault-walkthrough');
  });

  it('passes request bodies through, one request after another', async () => {
    listener = await listen(echo, { host: '127.0.0.1', port: 0 });

    const put = await send('PUT', '/v1/sys/init', '{"secret_shares":1}');
    const list = await send('LIST', '/v1/auth/token/roles', 'x'.repeat(70_000));

    expect(JSON.parse(put.text)).toMatchObject({
      method: 'PUT',
      body: '{"secret_shares":1}',
    });
    expect(JSON.parse(list.text).body).toHaveLength(70_000);
  });

  it('adds the emulator field to health answers only', async () => {
    listener = await listen(echo, { host: '127.0.0.1', port: 0 });

    const health = await fetch(`${listener.url}/v1/sys/health`);
    const other = await fetch(`${listener.url}/v1/sys/other`);

    expect(await health.json()).toMatchObject({
      emulator: 'nomad-vault-walkthrough',
    });
    expect(await other.json()).not.toHaveProperty('emulator');
  });

  it('ignores a client that tries to set the original method', async () => {
    listener = await listen(echo, { host: '127.0.0.1', port: 0 });

    const answer = await fetch(`${listener.url}/v1/x`, {
      headers: { 'x-sandbox-method': 'DELETE' },
    });

    expect(await answer.json()).toMatchObject({ method: 'GET' });
  });
});
