import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { NO_WEB_APP } from '../../mocks/lab/lab.ts';
import { parseCurlArgs } from './curl-options.ts';
import { startTypedLab, type TypedLab } from './lab-support.ts';

const TOKEN_HEADER = '-H "X-Vault-Token: $(vault print token)"';

describe('curl against the lab', () => {
  let typed: TypedLab;

  beforeAll(() => {
    typed = startTypedLab();
  });

  afterAll(() => typed.dispose());

  it('prints a status body such as sys/health as Vault sends it', async () => {
    const run = await typed.type('curl -s $VAULT_ADDR/v1/sys/health');

    const answer = JSON.parse(run.stdout);
    expect(answer).toMatchObject({ initialized: false, sealed: true });
    expect(answer).not.toHaveProperty('errors');
  });

  it('initializes Vault and hands the keys to the app', async () => {
    const run = await typed.type(
      `curl -s -X PUT -d '{"secret_shares":1,"secret_threshold":1}' ` +
        '$VAULT_ADDR/v1/sys/init',
    );

    const answer = JSON.parse(run.stdout);
    expect(answer.root_token).toBe(typed.held().rootToken);
    expect(typed.held().unsealKey).toBe(answer.keys_base64[0]);
    expect(run.secrets).toContain(answer.root_token);
  });

  it('prints Vault JSON as it arrives', async () => {
    const key = typed.held().unsealKey;

    const run = await typed.type(
      `curl --request PUT --data '{"key":"${key}"}' ` +
        'http://127.0.0.1:8200/v1/sys/unseal',
    );

    expect(run.stdout).toMatch(/^\{"type":"shamir","initialized":true,/);
    expect(JSON.parse(run.stdout).sealed).toBe(false);
    expect(typed.interpreter.history.entries().at(-1)).toBe(
      `curl --request PUT --data '{"key":"****"}' ` +
        'http://127.0.0.1:8200/v1/sys/unseal',
    );
  });

  it('shows an error body without failing, like curl', async () => {
    const run = await typed.type('curl $VAULT_ADDR/v1/sys/policies/acl/x');

    expect(run.code).toBe(0);
    expect(run.stdout).toBe('{"errors":["permission denied"]}\n');
  });

  it('fails with code 22 under -f', async () => {
    const run = await typed.type('curl -sSf $VAULT_ADDR/v1/sys/policies/acl/x');

    expect(run.code).toBe(22);
    expect(run.stderr).toBe(
      'curl: (22) The requested URL returned error: 403\n',
    );
  });

  it('sends the token header and a file body', async () => {
    const write = await typed.type(
      `curl -X POST ${TOKEN_HEADER} -d @nomad-cluster-role.json ` +
        '$VAULT_ADDR/v1/auth/token/roles/nomad-cluster',
    );
    const list = await typed.type(
      `curl -X LIST ${TOKEN_HEADER} $VAULT_ADDR/v1/auth/token/roles`,
    );

    expect(write).toMatchObject({ code: 0, output: '' });
    expect(JSON.parse(list.stdout).data.keys).toEqual(['nomad-cluster']);
  });

  it('prints Nomad errors as plain text', async () => {
    const run = await typed.type('curl http://127.0.0.1:4646/v1/job/nope');

    expect(run.stdout).toBe('job not found\n');
  });

  it('reaches the web app for any other address', async () => {
    const run = await typed.type('curl http://127.0.0.1:24817/names');

    expect(JSON.parse(run.stdout)).toEqual({ errors: [NO_WEB_APP] });
  });

  it('rejects an unknown option like curl', async () => {
    const run = await typed.type('curl -z http://127.0.0.1:8200/');

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "curl: option -z: is unknown\ncurl: try 'curl --help' for more " +
        'information\n',
    );
  });

  it('needs a URL', async () => {
    const run = await typed.type('curl -s');

    expect(run.stderr).toMatch(/^curl: no URL specified\n/);
  });
});

describe('parseCurlArgs', () => {
  it('reads clustered short options and attached values', () => {
    const options = parseCurlArgs(['-fsSL', '-XPUT', '-d@x.json', 'u']);

    expect(options).toMatchObject({
      method: 'PUT',
      data: ['@x.json'],
      url: 'u',
      isSilent: true,
      showsErrors: true,
      failsOnHttpError: true,
    });
  });

  it('reads --fail-with-body as fail, keeping the body', () => {
    const options = parseCurlArgs(['--fail-with-body', 'u']);

    expect(options).toMatchObject({
      failsOnHttpError: true,
      showsBodyOnFail: true,
    });
  });

  it('reads --header=value', () => {
    expect(parseCurlArgs(['--header=A: b', 'u']).headers).toEqual(['A: b']);
  });
});
