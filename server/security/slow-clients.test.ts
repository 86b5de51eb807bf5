// F12: a client that dribbles its headers (slowloris) or sends huge ones is
// cut off, and everyone else is served meanwhile.
import { connect } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { rawRequest, send, statusOf } from '../test-support/http-client.ts';
import {
  startTestServer,
  type TestServer,
} from '../test-support/test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ headersTimeoutMs: 500 });
});

afterAll(async () => {
  await server.close();
});

/** Sends one header line every 100 ms; resolves with ms until closed. */
function dribbleHeaders(
  port: number,
): Promise<{ closedAfterMs: number; answer: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const timer = setInterval(() => {
      if (!socket.destroyed) socket.write(`X-Slow-${Date.now()}: 1\r\n`);
    }, 100);
    socket.on('connect', () =>
      socket.write(`GET /api/mode HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`),
    );
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ closedAfterMs: performance.now() - started, answer });
    });
  });
}

describe('F12: slow and oversized headers', () => {
  it('closes a slowloris connection at the header deadline', async () => {
    const slow = dribbleHeaders(server.port);
    await new Promise((r) => setTimeout(r, 150));

    const other = await send(server.port, { path: '/api/mode' });
    const { closedAfterMs, answer } = await slow;

    expect(other.status).toBe(200);
    expect(other.durationMs).toBeLessThan(400);
    expect(closedAfterMs).toBeGreaterThanOrEqual(450);
    expect(closedAfterMs).toBeLessThan(3000);
    expect(statusOf(answer)).toBe(408);
  });

  it('answers 431 to 32 KiB of headers', async () => {
    const answer = await rawRequest(
      server.port,
      `GET /api/mode HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
        `X-Big: ${'a'.repeat(32 * 1024)}\r\nConnection: close\r\n\r\n`,
    );

    expect(statusOf(answer)).toBe(431);
  });
});
