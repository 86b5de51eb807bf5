// Deadlines per call: init waits longer, Nomad blocking queries wait as
// long as they asked to, everything else gets the configured timeout.
import { describe, expect, it } from 'vitest';

import { upstreamTimeoutMs } from './upstream-timeout.ts';

const config = { timeoutMs: 30_000, initTimeoutMs: 120_000 };

describe('upstreamTimeoutMs', () => {
  it('gives PUT and POST sys/init the init deadline, GET the ordinary one', () => {
    expect(
      upstreamTimeoutMs(
        'vault',
        { method: 'PUT', url: '/v1/sys/init' },
        config,
      ),
    ).toBe(120_000);
    expect(
      upstreamTimeoutMs(
        'vault',
        { method: 'POST', url: '/v1/sys/init/' },
        config,
      ),
    ).toBe(120_000);
    expect(
      upstreamTimeoutMs(
        'vault',
        { method: 'GET', url: '/v1/sys/init' },
        config,
      ),
    ).toBe(30_000);
  });

  it('adds a Nomad blocking query’s wait to the deadline', () => {
    const wait = {
      method: 'GET',
      url: '/v1/job/nomad-vault-demo/allocations?index=37&wait=2m',
    };
    const noWait = { method: 'GET', url: '/v1/job/nomad-vault-demo?index=37' };
    const huge = { method: 'GET', url: '/v1/jobs?index=5&wait=2h' };

    expect(upstreamTimeoutMs('nomad', wait, config)).toBe(150_000);
    expect(upstreamTimeoutMs('nomad', noWait, config)).toBe(330_000);
    expect(upstreamTimeoutMs('nomad', huge, config)).toBe(630_000);
  });

  it('treats index=0 as an ordinary read', () => {
    const call = { method: 'GET', url: '/v1/jobs?index=0&wait=5m' };

    expect(upstreamTimeoutMs('nomad', call, config)).toBe(30_000);
  });
});
