import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteHost } from './database/pglite-host.ts';
import { createLab } from './lab.ts';
import { routeApi } from './route-api.ts';
import { createMemoryNetwork } from './runtime/network.ts';

// No job runs here, so the database host never starts a server.
const lab = createLab({
  database: createPgliteHost(),
  network: createMemoryNetwork(),
});
const api = routeApi(lab);

async function call(method: string, path: string, body?: unknown) {
  const response = await api(
    new Request(`http://127.0.0.1:5173${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  return { status: response.status, json: await response.json() };
}

afterAll(() => lab.dispose());

describe('lab controls over /api/lab', () => {
  it('reports the emulated versions', async () => {
    const info = await call('GET', '/api/lab/info');

    expect(info.status).toBe(200);
    expect(info.json).toMatchObject({
      emulator: true,
      profile: { id: 'nomad-1.9-legacy-tokens' },
      versions: { vault: '1.20.4', nomad: '1.9.7' },
    });
  });

  it('refuses a vault block whose fields have the wrong type', async () => {
    const answer = await call('PUT', '/api/lab/nomad/vault', {
      enabled: 'yes',
    });

    expect(answer.status).toBe(400);
    expect(answer.json.errors).toEqual([
      'vault.enabled: Invalid input: expected boolean, received string',
    ]);
  });

  it('starts over with an uninitialized Vault after a reset', async () => {
    const body = { secret_shares: 1, secret_threshold: 1 };
    await call('PUT', '/api/vault/v1/sys/init', body);

    const reset = await call('POST', '/api/lab/reset');
    const init = await call('GET', '/api/vault/v1/sys/init');

    expect(reset).toEqual({ status: 200, json: { ok: true } });
    expect(init.json).toEqual({ initialized: false });
  });

  it('tells subscribers when Vault state changes', async () => {
    let changes = 0;
    const unsubscribe = lab.subscribe(() => (changes += 1));

    await call('PUT', '/api/vault/v1/sys/init', {
      secret_shares: 1,
      secret_threshold: 1,
    });
    unsubscribe();
    await call('POST', '/api/lab/reset');

    expect(changes).toBe(1);
  });

  it('answers 404 for paths outside the lab', async () => {
    const answer = await call('GET', '/api/consul/v1/catalog/services');

    expect(answer).toEqual({
      status: 404,
      json: { errors: ['no lab route for /api/consul/v1/catalog/services'] },
    });
  });

  it('strips the /api/nomad prefix before Nomad sees the path', async () => {
    const answer = await call('GET', '/api/nomad/v1/jobs');

    expect(answer).toEqual({ status: 200, json: [] });
  });
});
