import { describe, expect, it } from 'vitest';

import { describeMode } from './describe-mode.ts';

describe('describeMode', () => {
  it('names the offline lab in mock mode', () => {
    expect(describeMode({ mode: 'mock' })).toBe('Offline lab (mock)');
  });

  it('shows the addresses a live proxy forwards to', () => {
    const info = {
      mode: 'live',
      vaultAddr: 'http://127.0.0.1:8200',
      nomadAddr: 'http://127.0.0.1:4646',
    } as const;

    expect(describeMode(info)).toBe(
      'Live: Vault http://127.0.0.1:8200, Nomad http://127.0.0.1:4646',
    );
  });

  it('says Sandbox with or without addresses', () => {
    expect(describeMode({ mode: 'sandbox' })).toBe('Sandbox');
  });
});
