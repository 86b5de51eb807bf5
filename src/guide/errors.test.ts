import { describe, expect, it } from 'vitest';

import { ApiError } from '../api/errors.ts';
import { describeError, redact } from './errors.ts';
import { StepError } from './step-error.ts';

function vaultError(
  status: number,
  errors: string[],
  extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {},
) {
  return new ApiError({
    backend: 'vault',
    kind: 'upstream',
    status,
    errors,
    method: 'PUT',
    path: '/v1/sys/policies/acl/nomad-server',
    ...extra,
  });
}

describe('describeError', () => {
  it('sends a sealed Vault to the unseal step', () => {
    const error = vaultError(503, ['Vault is sealed'], {
      tokenRole: 'root token',
    });

    expect(describeError(error, 4)).toEqual({
      message:
        'Vault is sealed: it refuses everything except unsealing. Unseal ' +
        'it in step 2 (a Vault that is not initialized yet starts at step ' +
        '1).',
      nextStep: 2,
    });
  });

  it('sends an uninitialized Vault to the init step', () => {
    const error = vaultError(501, ['Vault is not initialized']);

    expect(describeError(error, 2).nextStep).toBe(1);
  });

  it('says that no token was sent and points to the login step', () => {
    const error = vaultError(403, ['permission denied'], {
      tokenRole: 'no token',
    });

    expect(describeError(error, 4)).toEqual({
      message:
        'Vault said no: permission denied. The request carried no token ' +
        'at all. Log in with the root token in step 3.',
      nextStep: 3,
    });
  });

  it('names the token role that Vault refused', () => {
    const error = vaultError(
      403,
      ['1 error occurred:\n\t* permission denied\n\n'],
      {
        tokenRole: 'Nomad server token',
      },
    );

    expect(describeError(error, 13).message).toContain(
      'The request carried the Nomad server token, which Vault did not accept',
    );
  });

  it('names the address the proxy could not reach, and the hint', () => {
    const error = new ApiError({
      backend: 'vault',
      kind: 'unreachable',
      status: 502,
      errors: ['connect ECONNREFUSED 127.0.0.1:8200'],
      method: 'GET',
      path: '/v1/sys/init',
      proxyCode: 'upstream_unreachable',
      upstreamAddr: 'http://127.0.0.1:8200',
      hint: 'Start Vault (for example `vault server -dev`) or check VAULT_ADDR.',
    });

    expect(describeError(error, 1)).toEqual({
      message:
        'The proxy could not reach Vault at http://127.0.0.1:8200: connect ' +
        'ECONNREFUSED 127.0.0.1:8200. Start Vault (for example `vault ' +
        'server -dev`) or check VAULT_ADDR.',
    });
  });

  it('keeps the step of a guide error and its wording', () => {
    const error = new StepError('missing-secret', 'No unseal key.', {
      nextStep: 1,
    });

    expect(describeError(error, 2)).toEqual({
      message: 'No unseal key.',
      nextStep: 1,
    });
  });

  it('leaves out a next step that is the current one', () => {
    const error = vaultError(503, ['Vault is sealed']);

    expect(describeError(error, 2).nextStep).toBeUndefined();
  });

  it('points a Nomad role refusal back to the token role step', () => {
    const error = new ApiError({
      backend: 'lab',
      kind: 'upstream',
      status: 400,
      errors: ['Role must have a non-zero period to make tokens periodic.'],
      method: 'PUT',
      path: '/nomad/vault',
    });

    expect(describeError(error, 7)).toEqual({
      message:
        'Nomad refused the vault block: Role must have a non-zero period ' +
        'to make tokens periodic.',
      nextStep: 5,
    });
  });
});

describe('redact', () => {
  it('hides Vault tokens inside a message', () => {
    expect(redact('bad token hvs.CAESIJabcdefghijklmnopqrstuvwxyz')).toBe(
      'bad token hvs.<redacted>',
    );
  });
});
