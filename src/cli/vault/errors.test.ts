import { describe, expect, it } from 'vitest';

import { formatVaultApiError } from './errors.ts';

describe('formatVaultApiError', () => {
  it('prints the lead, URL, code and each error', () => {
    const text = formatVaultApiError({
      command: 'write',
      path: 'database/config/postgresql',
      method: 'PUT',
      url: 'http://127.0.0.1:8200/v1/database/config/postgresql',
      status: 400,
      errors: [
        'error creating database object: error verifying connection: ' +
          'dial tcp 127.0.0.1:5432: connect: connection refused',
      ],
    });

    expect(text).toBe(
      [
        'Error writing data to database/config/postgresql: Error making ' +
          'API request.',
        '',
        'URL: PUT http://127.0.0.1:8200/v1/database/config/postgresql',
        'Code: 400. Errors:',
        '',
        '* error creating database object: error verifying connection: ' +
          'dial tcp 127.0.0.1:5432: connect: connection refused',
      ].join('\n'),
    );
  });

  it('keeps a multierror message as Vault sent it', () => {
    const text = formatVaultApiError({
      command: 'read',
      path: 'database/creds/accessdb',
      method: 'GET',
      url: 'http://127.0.0.1:8200/v1/database/creds/accessdb',
      status: 403,
      errors: ['1 error occurred:\n\t* permission denied\n\n'],
    });

    expect(text).toBe(
      'Error reading database/creds/accessdb: Error making API request.\n\n' +
        'URL: GET http://127.0.0.1:8200/v1/database/creds/accessdb\n' +
        'Code: 403. Errors:\n\n' +
        '* 1 error occurred:\n\t* permission denied\n\n',
    );
  });

  it('names the failing step of vault login', () => {
    const text = formatVaultApiError({
      command: 'login',
      method: 'GET',
      url: 'http://127.0.0.1:8200/v1/auth/token/lookup-self',
      status: 403,
      errors: ['permission denied'],
    });

    expect(text.split('\n')[0]).toBe(
      'Error authenticating: error looking up token: Error making API ' +
        'request.',
    );
  });

  it('says no value was found for a read answered 404 without errors', () => {
    const text = formatVaultApiError({
      command: 'read',
      path: 'database/roles/nope',
      method: 'GET',
      url: 'http://127.0.0.1:8200/v1/database/roles/nope',
      status: 404,
      errors: [],
    });

    expect(text).toBe('No value found at database/roles/nope');
  });

  it('shows a body that is not Vault JSON as a raw message', () => {
    const text = formatVaultApiError({
      command: 'operator init',
      method: 'PUT',
      url: 'http://127.0.0.1:8200/v1/sys/init',
      status: 502,
      errors: [],
      rawBody: 'Bad Gateway',
    });

    expect(text).toBe(
      'Error initializing: Error making API request.\n\n' +
        'URL: PUT http://127.0.0.1:8200/v1/sys/init\n' +
        'Code: 502. Raw Message:\n\nBad Gateway',
    );
  });
});
