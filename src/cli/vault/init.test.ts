import { describe, expect, it } from 'vitest';

import { formatInit, formatInitStatus } from './init.ts';

const response = {
  keys: ['8f3a41d2c6b7e9a0f1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d'],
  keys_base64: ['jzpB0sa36aDx0sO0pZaHeGlaSzwtHg+aq3xtXk86KxwN'],
  root_token: 'hvs.Xa1B2c3D4e5F6g7H8i9J0kLm',
};

describe('formatInit', () => {
  it('prints the key, the root token and the advice for 1 of 1', () => {
    const text = formatInit(response, { keyShares: 1, keyThreshold: 1 });

    expect(text).toBe(
      [
        'Unseal Key 1: jzpB0sa36aDx0sO0pZaHeGlaSzwtHg+aq3xtXk86KxwN',
        '',
        'Initial Root Token: hvs.Xa1B2c3D4e5F6g7H8i9J0kLm',
        '',
        'Vault initialized with 1 key shares and a key threshold of 1. ' +
          'Please securely',
        'distribute the key shares printed above. When the Vault is ' +
          're-sealed,',
        'restarted, or stopped, you must supply at least 1 of these keys ' +
          'to unseal it',
        'before it can start servicing requests.',
        '',
        'Vault does not store the generated root key. Without at least 1 ' +
          'keys to',
        'reconstruct the root key, Vault will remain permanently sealed!',
        '',
        'It is possible to generate new unseal keys, provided you have a ' +
          'quorum of',
        'existing unseal keys shares. See "vault operator rekey" for more ' +
          'information.',
      ].join('\n'),
    );
  });

  it('numbers every key when there are several', () => {
    const text = formatInit(
      { ...response, keys: ['aa', 'bb'], keys_base64: ['qg==', 'uw=='] },
      { keyShares: 2, keyThreshold: 2 },
    );

    expect(text.split('\n').slice(0, 3)).toEqual([
      'Unseal Key 1: qg==',
      'Unseal Key 2: uw==',
      '',
    ]);
  });

  it('prints the machine form for -format=json', () => {
    const text = formatInit(response, { format: 'json', keyThreshold: 1 });

    expect(JSON.parse(text)).toEqual({
      unseal_keys_b64: response.keys_base64,
      unseal_keys_hex: response.keys,
      unseal_shares: 1,
      unseal_threshold: 1,
      recovery_keys_b64: [],
      recovery_keys_hex: [],
      recovery_keys_shares: 0,
      recovery_keys_threshold: 0,
      root_token: response.root_token,
    });
  });
});

describe('formatInitStatus', () => {
  it('says whether Vault is initialized', () => {
    expect(formatInitStatus(false)).toBe('Vault is not initialized');
  });
});
