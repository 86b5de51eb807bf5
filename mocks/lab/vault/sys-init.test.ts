import { describe, expect, it } from 'vitest';

import { readyVault, testVault } from './test-kit.ts';

const oneShare = { secret_shares: 1, secret_threshold: 1 };

describe('Vault init, seal and unseal', () => {
  it('hands out hex and base64 unseal keys and a modern root token', async () => {
    const test = testVault();

    const init = await test.call('PUT', 'sys/init', { body: oneShare });

    expect(init.status).toBe(200);
    const keys = init.body['keys'] as string[];
    const keysBase64 = init.body['keys_base64'] as string[];
    expect(keys[0]).toMatch(/^[0-9a-f]{66}$/);
    expect(keysBase64[0]).toHaveLength(44);
    expect(init.body['root_token']).toMatch(/^hvs\.[A-Za-z0-9]{24}$/);
  });

  it('refuses a second init with 400 (C1)', async () => {
    const test = testVault();
    await test.call('PUT', 'sys/init', { body: oneShare });

    const again = await test.call('PUT', 'sys/init', { body: oneShare });

    expect(again.status).toBe(400);
    expect(again.body).toEqual({ errors: ['Vault is already initialized'] });
  });

  it('validates the seal configuration', async () => {
    const test = testVault();

    const answer = await test.call('PUT', 'sys/init', {
      body: { secret_shares: 3, secret_threshold: 1 },
    });

    expect(answer.body.errors).toEqual([
      'invalid seal configuration: threshold must be greater than one ' +
        'for multiple shares',
    ]);
  });

  it('answers 503 on every logical path while sealed (C2)', async () => {
    const test = testVault();
    await test.call('PUT', 'sys/init', { body: oneShare });

    const typo = await test.call('GET', 'sys/typo');
    const status = await test.call('GET', 'sys/seal-status');

    expect(typo.status).toBe(503);
    expect(typo.body).toEqual({ errors: ['Vault is sealed'] });
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      initialized: true,
      sealed: true,
      t: 1,
      n: 1,
      progress: 0,
      version: '1.20.4',
    });
  });

  it('unseals with a hex share after the threshold', async () => {
    const test = testVault();
    const init = await test.call('PUT', 'sys/init', {
      body: { secret_shares: 3, secret_threshold: 2 },
    });
    const [first, second] = init.body['keys'] as string[];

    const partial = await test.call('PUT', 'sys/unseal', {
      body: { key: first },
    });
    const repeated = await test.call('POST', 'sys/unseal', {
      body: { key: first },
    });
    const done = await test.call('PUT', 'sys/unseal', {
      body: { key: second },
    });

    expect(partial.body).toMatchObject({ sealed: true, progress: 1 });
    expect(partial.body['nonce']).toMatch(/^[0-9a-f-]{36}$/);
    expect(repeated.body).toMatchObject({ progress: 1 });
    expect(done.body).toMatchObject({ sealed: false, progress: 0, nonce: '' });
    expect(done.body['cluster_name']).toMatch(/^vault-cluster-[0-9a-f]{8}$/);
  });

  it('refuses a wrong share with the cipher message and resets progress', async () => {
    const test = testVault();
    await test.call('PUT', 'sys/init', { body: oneShare });

    const wrong = await test.call('PUT', 'sys/unseal', {
      body: { key: 'ab'.repeat(33) },
    });
    const status = await test.call('GET', 'sys/seal-status');

    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([
      'failed to decrypt encrypted stored keys: ' +
        'cipher: message authentication failed',
    ]);
    expect(status.body).toMatchObject({ sealed: true, progress: 0 });
  });

  it('rejects a share that is neither hex nor base64', async () => {
    const test = testVault();
    await test.call('PUT', 'sys/init', { body: oneShare });

    const answer = await test.call('PUT', 'sys/unseal', {
      body: { key: 'not a key!' },
    });

    expect(answer.body.errors).toEqual([
      "'key' must be a valid hex or base64 string",
    ]);
  });

  it('reports health with Vault status codes and overrides', async () => {
    const test = testVault();

    const fresh = await test.call('GET', 'sys/health');
    await test.call('PUT', 'sys/init', { body: oneShare });
    const sealed = await test.call('GET', 'sys/health');
    const overridden = await test.call('GET', 'sys/health?sealedcode=200');

    expect(fresh.status).toBe(501);
    expect(sealed.status).toBe(503);
    expect(sealed.body).toMatchObject({ initialized: true, sealed: true });
    expect(overridden.status).toBe(200);
  });

  it('seals again on sys/seal with the root token', async () => {
    const test = testVault();
    const root = await readyVault(test);

    const seal = await test.call('PUT', 'sys/seal', { token: root });
    const lookup = await test.call('GET', 'auth/token/lookup-self', {
      token: root,
    });

    expect(seal.status).toBe(204);
    expect(lookup.status).toBe(503);
  });

  it('answers 405 with no errors for a raw path method it lacks', async () => {
    const test = testVault();

    const answer = await test.call('DELETE', 'sys/init');

    expect(answer.status).toBe(405);
    expect(answer.body).toEqual({ errors: [] });
  });

  it('restores seal state, tokens and policies from a snapshot', async () => {
    const first = testVault();
    const root = await readyVault(first);
    const state = JSON.parse(JSON.stringify(first.vault.snapshot()));

    const second = testVault({ state });
    const lookup = await second.call('GET', 'auth/token/lookup-self', {
      token: root,
    });

    expect(lookup.status).toBe(200);
    expect(lookup.data['policies']).toEqual(['root']);
  });

  it('reports storage changes but not reads', async () => {
    let changes = 0;
    const test = testVault({ onChange: () => changes++ });

    await test.call('PUT', 'sys/init', { body: oneShare });
    const afterInit = changes;
    await test.call('GET', 'sys/seal-status');

    expect(afterInit).toBe(1);
    expect(changes).toBe(1);
  });
});
