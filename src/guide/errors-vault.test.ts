import { describe, expect, it } from 'vitest';

import { ApiError, type ApiErrorInit } from '../api/errors.ts';
import { backendReason, describeError } from './errors.ts';

function vaultAnswer(init: Partial<ApiErrorInit>): ApiError {
  return new ApiError({
    backend: 'vault',
    kind: 'upstream',
    status: 500,
    errors: [],
    method: 'PUT',
    path: '/v1/database/config/postgresql',
    ...init,
  });
}

describe('describeError for what Vault itself said', () => {
  it('quotes a 500 verbatim without the multi-error wrapping', () => {
    const error = vaultAnswer({
      errors: [
        '1 error occurred:\n\t* error creating database object: ' +
          'error verifying connection: dial tcp 192.0.2.5:5432: ' +
          'connect: connection refused\n\n',
      ],
    });

    expect(describeError(error, 10)).toEqual({
      message:
        'Vault could not log in to PostgreSQL: error creating database ' +
        'object: error verifying connection: dial tcp 192.0.2.5:5432: ' +
        'connect: connection refused. Is the database running? Run step 8 ' +
        '(the PostgreSQL job) first, then this step again.',
      nextStep: 8,
    });
  });

  it('lists every error of a multi-error answer', () => {
    expect(
      backendReason(['2 errors occurred:\n\t* first\n\t* second\n\n']),
    ).toBe('first; second');
  });

  it('explains a standby that answers health with 429', () => {
    const error = vaultAnswer({
      status: 429,
      method: 'GET',
      path: '/v1/sys/health',
    });

    expect(describeError(error, 2).message).toBe(
      'The Vault at this address is a standby node (HTTP 429 for GET ' +
        "/v1/sys/health): only the cluster's active node handles the " +
        "guide's requests, and the proxy does not follow redirects. Find " +
        'the active node with `vault status` (HA Mode: active). Point ' +
        'VAULT_ADDR at the active node and restart the walkthrough server.',
    );
  });

  it('names the active node a standby redirects to', () => {
    const error = vaultAnswer({
      status: 307,
      upstreamLocation: 'http://active.invalid:8200/v1/sys/policies/acl/x',
    });

    expect(describeError(error, 4).message).toContain(
      'The active node says it is at http://active.invalid:8200. Point ' +
        'VAULT_ADDR at the active node',
    );
  });

  it('calls a performance standby by its name', () => {
    const error = vaultAnswer({
      status: 473,
      method: 'GET',
      path: '/v1/sys/health',
    });

    expect(describeError(error, 2).message).toMatch(
      /^The Vault at this address is a performance standby node \(HTTP 473/,
    );
  });

  it('gives the wait a rate limit asks for', () => {
    const error = vaultAnswer({
      status: 429,
      path: '/v1/sys/policies/acl/nomad-server',
      errors: [
        'request path "sys/policies/acl/nomad-server": rate limit quota exceeded',
      ],
      retryAfterSeconds: 7,
    });

    expect(describeError(error, 4).message).toBe(
      'Vault is limiting how fast it accepts requests (request path ' +
        '"sys/policies/acl/nomad-server": rate limit quota exceeded). It ' +
        'asked to wait 7 s; Run is available again when the countdown ends.',
    );
  });

  it('warns that Nomad may need a SIGHUP when Vault is sealed later', () => {
    const error = vaultAnswer({ status: 503, errors: ['Vault is sealed'] });

    expect(describeError(error, 10)).toEqual({
      message:
        'Vault is sealed: it refuses everything except unsealing. Unseal ' +
        'it in step 2 (a Vault that is not initialized yet starts at step ' +
        '1). Nomad was configured to use ' +
        'Vault in step 7: after unsealing, its servers may need a restart ' +
        'or a SIGHUP (kill -HUP <pid>) to pick Vault up again.',
      nextStep: 2,
    });
  });

  it('leaves the Nomad warning out before Nomad uses Vault', () => {
    const error = vaultAnswer({ status: 503, errors: ['Vault is sealed'] });

    expect(describeError(error, 4).message).not.toContain('SIGHUP');
    expect(
      describeError(error, 9, { isNomadUsingVault: false }).message,
    ).not.toContain('SIGHUP');
    expect(
      describeError(error, 4, { isNomadUsingVault: true }).message,
    ).toContain('SIGHUP');
  });
});
