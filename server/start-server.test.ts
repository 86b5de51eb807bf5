// S18: by default the server listens on loopback only, so other machines
// (and this one, through its network address) cannot reach it.
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { defaultServerConfig } from './config/server-config.ts';
import { startServer, type StartedServer } from './index.ts';

let started: StartedServer;

beforeAll(async () => {
  started = await startServer({
    ...defaultServerConfig,
    port: 0,
    logLevel: 'silent',
  });
});

afterAll(async () => {
  await started.app.close();
});

/** This machine's own non-loopback addresses (link-local ones need a scope). */
function networkAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter(
      (entry) => entry && !entry.internal && !entry.address.startsWith('fe80'),
    )
    .map((entry) => entry?.address ?? '');
}

function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1000 });
    socket.on('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.on('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.on('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code ?? 'error'),
    );
  });
}

describe('S18: loopback bind', () => {
  it('binds 127.0.0.1 and prints a loopback URL', () => {
    const address = started.app.server.address();

    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses connections via every non-loopback address here', async () => {
    const port = Number(new URL(started.url).port);
    const addresses = networkAddresses();

    const outcomes = await Promise.all(
      addresses.map((a) => tryConnect(a, port)),
    );

    // Without any network interface there is nothing to connect through;
    // the bind address checked above is then the whole guarantee.
    for (const [i, outcome] of outcomes.entries()) {
      expect(outcome, `via ${addresses[i]}`).not.toBe('connected');
    }
    expect(addresses.length === 0 || outcomes.includes('ECONNREFUSED')).toBe(
      true,
    );
  });
});
