import { existsSync } from 'node:fs';

import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';

import { registerSandboxRoutes } from './proxy-routes.ts';
import { startSandbox } from './start.ts';
import type { Sandbox } from './start.ts';
import { call } from './test-support.ts';

let running: Sandbox | undefined;

afterAll(async () => {
  await running?.stop();
});

const portOf = (address: string) => Number(new URL(address).port);

describe('starting the sandbox', () => {
  it('starts clean a second time on the same ports', async () => {
    const first = await startSandbox({ vaultPort: 0, nomadPort: 0 });
    running = first;
    await call(`${first.vaultAddr}/v1/sys/init`, {
      method: 'PUT',
      body: { secret_shares: 1, secret_threshold: 1 },
    });
    const dataRoot = first.dataRoot ?? '';
    await first.stop();

    const second = await startSandbox({
      vaultPort: portOf(first.vaultAddr),
      nomadPort: portOf(first.nomadAddr),
    });
    running = second;
    const init = await call(`${second.vaultAddr}/v1/sys/init`);

    expect(existsSync(dataRoot)).toBe(false);
    expect(second.vaultAddr).toBe(first.vaultAddr);
    expect(init.body).toEqual({ initialized: false });
  });

  it('says it is an emulator', async () => {
    const sandbox = running as Sandbox;

    const health = await fetch(`${sandbox.vaultAddr}/v1/sys/health`);
    const info = await call(`${sandbox.nomadAddr}/lab/info`);

    expect(health.status).toBe(501);
    expect(health.headers.get('x-lab-emulator')).toBe(
      'nomad-vault-walkthrough',
    );
    expect(await health.json()).toMatchObject({
      initialized: false,
      emulator: 'nomad-vault-walkthrough',
    });
    expect(info.body).toMatchObject({
      emulator: true,
      mode: 'sandbox',
      sandbox: {
        vaultAddr: sandbox.vaultAddr,
        nomadAddr: sandbox.nomadAddr,
        database: 'embedded',
      },
    });
  });

  it('lets the Node server reach the lab controls', async () => {
    const sandbox = running as Sandbox;
    const app = Fastify();
    await registerSandboxRoutes(app, sandbox);

    const mode = await app.inject({ method: 'GET', url: '/api/mode' });
    const viaProxy = await app.inject({
      method: 'PUT',
      url: '/api/lab/nomad/vault',
      headers: { 'content-type': 'application/json' },
      payload: '[1]',
    });
    const enabled = await app.inject({
      method: 'PUT',
      url: '/api/lab/nomad/vault',
      headers: { 'content-type': 'application/json' },
      payload: '{"enabled":false}',
    });
    await app.close();
    const direct = await call(`${sandbox.nomadAddr}/lab/nomad/vault`, {
      method: 'PUT',
      body: [1],
    });

    expect(mode.json()).toEqual({
      mode: 'sandbox',
      vaultAddr: sandbox.vaultAddr,
      nomadAddr: sandbox.nomadAddr,
    });
    expect(viaProxy.statusCode).toBe(400);
    expect(viaProxy.json()).toEqual(direct.body);
    expect(enabled.statusCode).toBe(200);
    expect(enabled.json()).toEqual({ ok: true });
  });
});
