import { describe, expect, it } from 'vitest';

import { maskSecret, maskText, toVisibleEntry } from './mask.ts';

const rootToken = 'hvs.CAESIJq3rootTokenForTests0123456789';
const unsealKey =
  '3f1c2a9e8b7d6c5f4e3a2b1c0d9f8e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e';

describe('maskSecret', () => {
  it('keeps the hvs. prefix of a Vault token', () => {
    expect(maskSecret(rootToken)).toBe('hvs.****');
  });

  it('hides any other secret entirely', () => {
    expect(maskSecret(unsealKey)).toBe('****');
    expect(maskSecret('A1a-Xy9"pw')).toBe('****');
  });
});

describe('maskText', () => {
  it('masks every occurrence of every secret', () => {
    const output = [
      `Unseal Key 1: ${unsealKey}`,
      '',
      `Initial Root Token: ${rootToken}`,
      `token ${rootToken}`,
    ].join('\n');

    expect(maskText(output, [unsealKey, rootToken])).toBe(
      [
        'Unseal Key 1: ****',
        '',
        'Initial Root Token: hvs.****',
        'token hvs.****',
      ].join('\n'),
    );
  });

  it('masks a secret that contains another one whole', () => {
    const text = 'password v-token-accessdb-x1 and v-token-accessdb-x1-long';

    expect(
      maskText(text, ['v-token-accessdb-x1', 'v-token-accessdb-x1-long']),
    ).toBe('password **** and ****');
  });

  it('leaves text alone when there are no secrets or only empty ones', () => {
    expect(maskText('Sealed false', [''])).toBe('Sealed false');
  });
});

describe('toVisibleEntry', () => {
  const entry = {
    id: 7,
    command: `vault login ${rootToken}`,
    output: 'Success! You are now authenticated.',
    isError: true,
  };

  it('masks the hidden values in the command and the output', () => {
    expect(toVisibleEntry(entry, [rootToken])).toEqual({
      id: 7,
      command: 'vault login hvs.****',
      output: 'Success! You are now authenticated.',
      isError: true,
    });
  });

  it('shows the entry as it is when nothing is hidden', () => {
    expect(toVisibleEntry(entry, []).command).toBe(`vault login ${rootToken}`);
  });
});
