import { describe, expect, it } from 'vitest';

import type { Exchange } from '../api/http.ts';
import { formatExchange } from './http-text.ts';

const rootToken = 'hvs.CAESIJq3rootTokenForTests0123456789';
const unsealKey = 'q1Vv3hZb2k8cF0mT7yXw4nR6pL9sD5aE2gH8jK1oU3Y=';
const nothingShown = {
  hidden: [rootToken, unsealKey],
  shown: new Set<string>(),
};

const init: Exchange = {
  backend: 'vault',
  method: 'PUT',
  path: '/v1/sys/init',
  status: 200,
  durationMs: 12,
  requestBody: { secret_shares: 1, secret_threshold: 1 },
  responseBody: {
    keys: ['3f1c2a9e8b7d6c5f'],
    keys_base64: [unsealKey],
    root_token: rootToken,
  },
};

describe('formatExchange', () => {
  it('writes the request line, the JSON body and the status line', () => {
    const text = formatExchange(init, nothingShown);

    expect(text.request).toBe(
      [
        'PUT /v1/sys/init HTTP/1.1',
        'Content-Type: application/json',
        '',
        '{',
        '  "secret_shares": 1,',
        '  "secret_threshold": 1',
        '}',
      ].join('\n'),
    );
    expect(text.response.split('\n')[0]).toBe('HTTP/1.1 200 OK');
  });

  it('masks credential fields by name, keeping the hvs. prefix', () => {
    const text = formatExchange(init, nothingShown);

    expect(text.response).toContain('"root_token": "hvs.****"');
    expect(text.response).toContain('"keys": [\n    "****"\n  ]');
    expect(text.response).not.toContain(unsealKey);
    expect(text.response).not.toContain('3f1c2a9e8b7d6c5f');
  });

  it('shows a credential the learner revealed, and only that one', () => {
    const policy = { hidden: [unsealKey], shown: new Set([rootToken]) };

    const text = formatExchange(init, policy);

    expect(text.response).toContain(`"root_token": "${rootToken}"`);
    expect(text.response).not.toContain(unsealKey);
  });

  it('masks a held secret inside any other string, e.g. a vault block', () => {
    const block: Exchange = {
      backend: 'lab',
      method: 'PUT',
      path: '/nomad/vault',
      status: 400,
      durationMs: 3,
      requestBody: { note: `token = "${rootToken}"` },
      responseBody: { errors: [`bad token ${rootToken}`] },
    };

    const text = formatExchange(block, nothingShown);

    expect(text.request).toContain('PUT /lab/nomad/vault HTTP/1.1');
    expect(text.request).toContain('"note": "token = \\"hvs.****\\""');
    expect(text.response).toBe(
      'HTTP/1.1 400 Bad Request\n\n{\n  "errors": [\n    "bad token hvs.****"\n  ]\n}',
    );
  });

  it('names the token header with a masked value on authenticated calls', () => {
    const lookup: Exchange = {
      backend: 'vault',
      method: 'GET',
      path: '/v1/auth/token/lookup-self',
      status: 200,
      durationMs: 2,
      responseBody: { data: { id: rootToken, accessor: 'aCcEsSoR1234567' } },
    };

    const text = formatExchange(lookup, nothingShown);

    expect(text.request).toBe(
      'GET /v1/auth/token/lookup-self HTTP/1.1\nX-Vault-Token: ****',
    );
    expect(text.response).toContain('"id": "hvs.****"');
    expect(text.response).toContain('"accessor": "****"');
  });
});
