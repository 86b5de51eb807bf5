// F1, F14, S19: Vault or Nomad not listening; the proxy answers fast and
// stays up however often it is asked.
import { describe, expect, it } from 'vitest';

import { send } from '../test-support/http-client.ts';
import { useProxyFixture } from '../test-support/proxy-fixture.ts';
import { closedPort } from '../test-support/upstream-double.ts';

const { startWith, double } = useProxyFixture();

describe('upstream not listening (F1, F14, S19)', () => {
  it('answers 502 upstream_unreachable for Vault in under 100 ms', async () => {
    const vaultPort = await closedPort();
    const nomad = await double();
    const port = await startWith(`http://127.0.0.1:${vaultPort}`, nomad.url);

    const answer = await send(port, { path: '/api/vault/v1/sys/health' });

    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.body)).toEqual({
      errors: [
        `Vault is not reachable at http://127.0.0.1:${vaultPort}: ` +
          `connect ECONNREFUSED 127.0.0.1:${vaultPort}`,
      ],
      proxyError: 'upstream_unreachable',
      backend: 'vault',
      hint: 'Start Vault (for example `vault server -dev`) or check VAULT_ADDR.',
    });
    expect(answer.durationMs).toBeLessThan(100);
  });

  it('answers 502 with the Nomad hint when Nomad is down', async () => {
    const nomadPort = await closedPort();
    const vault = await double();
    const port = await startWith(vault.url, `http://127.0.0.1:${nomadPort}`);

    const answer = await send(port, { path: '/api/nomad/v1/jobs' });

    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.body)).toMatchObject({
      proxyError: 'upstream_unreachable',
      backend: 'nomad',
      hint: 'Start Nomad (for example `nomad agent -dev`) or check NOMAD_ADDR.',
    });
  });

  it('survives 1000 back-to-back requests, each a 502 JSON', async () => {
    const vaultPort = await closedPort();
    const nomad = await double();
    const port = await startWith(`http://127.0.0.1:${vaultPort}`, nomad.url);
    const path = '/api/vault/v1/sys/seal-status';

    const statuses: number[] = [];
    for (let batch = 0; batch < 20; batch += 1) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => send(port, { path })),
      );
      for (const a of answers) {
        statuses.push(a.status);
        expect(JSON.parse(a.body).proxyError).toBe('upstream_unreachable');
      }
    }
    const after = await send(port, { path: '/api/mode' });

    expect(statuses).toHaveLength(1000);
    expect(new Set(statuses)).toEqual(new Set([502]));
    expect(after.status).toBe(200);
  });
});
