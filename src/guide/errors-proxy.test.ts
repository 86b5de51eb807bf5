import { describe, expect, it } from 'vitest';

import { ApiError, type ApiErrorInit } from '../api/errors.ts';
import { describeError } from './errors.ts';

function proxyError(init: Partial<ApiErrorInit>): ApiError {
  return new ApiError({
    backend: 'vault',
    kind: 'proxy',
    status: 403,
    errors: [],
    method: 'PUT',
    path: '/v1/sys/policies/acl/nomad-server',
    ...init,
  });
}

describe('describeError for answers of the proxy itself', () => {
  it('says the proxy refused a blocked path, and why', () => {
    const error = proxyError({
      proxyCode: 'path_blocked',
      path: '/v1/sys/raw/core',
      errors: ['vault/v1/sys/raw is blocked by the walkthrough server'],
      hint: 'The walkthrough never needs it; use the CLI directly if you must.',
    });

    expect(describeError(error, 4)).toEqual({
      message:
        'The proxy refused to pass this request to Vault (the walkthrough ' +
        'never needs this path): vault/v1/sys/raw is blocked by the ' +
        'walkthrough server. The walkthrough never needs it; use the CLI ' +
        'directly if you must.',
    });
  });

  it('says a foreign Host was refused by the proxy, not by Vault', () => {
    const error = proxyError({
      proxyCode: 'forbidden_host',
      errors: ['Host "attacker.example:4180" is not allowed'],
    });

    expect(describeError(error, 4).message).toBe(
      'The proxy refused to pass this request to Vault (the address in ' +
        'the browser is not one it serves): Host "attacker.example:4180" ' +
        'is not allowed.',
    );
  });

  it('tells a broken upstream answer apart from a refusal', () => {
    const error = proxyError({
      status: 502,
      proxyCode: 'upstream_reset',
      errors: [
        'Vault at http://127.0.0.1:8200 broke off the answer: other side closed',
      ],
      hint: 'Nothing partial was passed on; check the server and try again.',
    });

    expect(describeError(error, 1).message).toBe(
      'The proxy got no usable answer from Vault: Vault at ' +
        'http://127.0.0.1:8200 broke off the answer: other side closed. ' +
        'Nothing partial was passed on; check the server and try again.',
    );
  });

  it('sends a missing web app back to the job step', () => {
    const error = proxyError({
      backend: 'nomad',
      status: 503,
      method: 'GET',
      path: '/names',
      proxyCode: 'web_not_running',
      errors: ['job nomad-vault-demo has no running allocation'],
      hint: 'Run the job in step 14 and wait until its allocation is running.',
    });

    expect(describeError(error, 15)).toEqual({
      message:
        'The proxy could not find the web app: job nomad-vault-demo has ' +
        'no running allocation. Run the job in step 14 and wait until its ' +
        'allocation is running.',
      nextStep: 14,
    });
  });
});
