import { describe, expect, it } from 'vitest';

import type { Exchange } from '../api/http.ts';
import { curlCommand, shellJson } from './curl-command.ts';

const unsealKey = 'q1Vv3hZb2k8cF0mT7yXw4nR6pL9sD5aE2gH8jK1oU3Y=';
const serverToken = 'hvs.CAESIServerTokenForTests0123456789';
const refs = new Map([
  [unsealKey, 'UNSEAL_KEY'],
  [serverToken, 'NOMAD_SERVER_TOKEN'],
]);

function call(partial: Partial<Exchange>): Exchange {
  return {
    backend: 'vault',
    method: 'GET',
    path: '/v1/sys/mounts',
    status: 200,
    durationMs: 1,
    ...partial,
  };
}

describe('curlCommand', () => {
  it('sends the root token as $VAULT_TOKEN and leaves out -X GET', () => {
    expect(curlCommand(call({}), { refs })).toBe(
      'curl -H "X-Vault-Token: $VAULT_TOKEN" "$VAULT_ADDR/v1/sys/mounts"',
    );
  });

  it('splices a referenced secret into the JSON body as a variable', () => {
    const unseal = call({
      method: 'PUT',
      path: '/v1/sys/unseal',
      requestBody: { key: unsealKey },
    });

    expect(curlCommand(unseal, { refs })).toBe(
      `curl -X PUT --data '{"key":"'"$UNSEAL_KEY"'"}' "$VAULT_ADDR/v1/sys/unseal"`,
    );
  });

  it('masks a credential field that has no variable', () => {
    const config = call({
      method: 'PUT',
      path: '/v1/database/config/postgresql',
      requestBody: { username: 'postgres', password: 'nomad-demo-superuser' },
    });

    const command = curlCommand(config, { refs });

    expect(command).toContain(
      `--data '{"username":"postgres","password":"****"}'`,
    );
    expect(command).not.toContain('nomad-demo-superuser');
  });

  it('breaks a long command over continued lines, one option per line', () => {
    const lab = call({
      backend: 'lab',
      method: 'PUT',
      path: '/nomad/vault',
      requestBody: { create_from_role: 'nomad-cluster', token: serverToken },
    });

    expect(curlCommand(lab, { refs, flags: ['-sS'] })).toBe(
      [
        'curl -sS -X PUT \\',
        `  --data '{"create_from_role":"nomad-cluster","token":"'"$NOMAD_SERVER_TOKEN"'"}' \\`,
        '  "$NOMAD_ADDR/lab/nomad/vault"',
      ].join('\n'),
    );
  });

  it('sends no token to Nomad, which runs without ACLs here', () => {
    const nomad = call({ backend: 'nomad', path: '/v1/job/x/allocations' });

    expect(curlCommand(nomad, { refs })).toBe(
      'curl "$NOMAD_ADDR/v1/job/x/allocations"',
    );
  });
});

describe('shellJson', () => {
  it('keeps single quotes of the body inside the shell word', () => {
    const word = shellJson({ sql: "VALID UNTIL '{{expiration}}'" }, refs);

    expect(word).toBe(`'{"sql":"VALID UNTIL '"'"'{{expiration}}'"'"'"}'`);
  });
});
