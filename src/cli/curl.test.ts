import { describe, expect, it } from 'vitest';

import { formatNomadCurl, formatVaultCurl } from './curl.ts';

describe('formatVaultCurl', () => {
  it('hides the token and escapes single quotes in the body', () => {
    const text = formatVaultCurl({
      method: 'PUT',
      url: 'http://127.0.0.1:8200/v1/sys/policies/acl/nomad-server',
      body: { policy: 'path "x" {\n  comment = \'it\'\n}' },
    });

    expect(text).toBe(
      'curl -X PUT -H "X-Vault-Request: true" ' +
        '-H "X-Vault-Token: $(vault print token)" ' +
        `-d '{"policy":"path \\"x\\" {\\n  comment = '"'"'it'"'"'\\n}"}' ` +
        'http://127.0.0.1:8200/v1/sys/policies/acl/nomad-server',
    );
  });

  it('leaves out the method for reads and the token when there is none', () => {
    const text = formatVaultCurl({
      method: 'GET',
      url: 'http://127.0.0.1:8200/v1/sys/seal-status',
      hasToken: false,
    });

    expect(text).toBe(
      'curl -H "X-Vault-Request: true" ' +
        'http://127.0.0.1:8200/v1/sys/seal-status',
    );
  });

  it('sorts map keys unless told to keep struct order', () => {
    const body = { ttl: '0s', period: '72h0m0s', no_parent: true };

    const sorted = formatVaultCurl({ method: 'PUT', url: 'u', body });
    const kept = formatVaultCurl({
      method: 'PUT',
      url: 'u',
      body,
      keepKeyOrder: true,
    });

    expect(sorted).toContain(
      `'{"no_parent":true,"period":"72h0m0s","ttl":"0s"}'`,
    );
    expect(kept).toContain(
      `'{"ttl":"0s","period":"72h0m0s","no_parent":true}'`,
    );
  });
});

describe('formatNomadCurl', () => {
  it('shows a job registration without a token header', () => {
    const text = formatNomadCurl({
      method: 'PUT',
      url: 'http://127.0.0.1:4646/v1/jobs',
      body: { Job: { ID: 'postgres-nomad-demo' } },
    });

    expect(text).toBe(
      `curl -X PUT -d '{"Job":{"ID":"postgres-nomad-demo"}}' ` +
        'http://127.0.0.1:4646/v1/jobs',
    );
  });
});
