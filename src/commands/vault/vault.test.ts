import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTypedLab, type TypedLab } from '../lab-support.ts';

const URL = 'http://127.0.0.1:8200';

describe('typed vault commands against the lab', () => {
  let typed: TypedLab;

  beforeAll(() => {
    typed = startTypedLab();
  });

  afterAll(() => typed.dispose());

  it('prints the uninitialized seal status with exit code 2', async () => {
    const run = await typed.type('vault status');

    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^Key\s+Value\n---\s+-----\n/);
    expect(run.stdout).toMatch(/^Initialized\s+false$/m);
  });

  it('prints the curl equivalent instead of initializing', async () => {
    const run = await typed.type(
      'vault operator init -key-shares=1 -key-threshold=1 -output-curl-string',
    );

    expect(run.stdout).toBe(
      'curl -X PUT -H "X-Vault-Request: true" ' +
        `-d '{"secret_shares":1,"secret_threshold":1}' ${URL}/v1/sys/init\n`,
    );
    expect(typed.held().rootToken).toBeUndefined();
  });

  it('initializes once and keeps the key and token in the app', async () => {
    const run = await typed.type(
      'vault operator init -key-shares=1 -key-threshold=1',
    );

    const { unsealKey, rootToken } = typed.held();
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      `Unseal Key 1: ${unsealKey}`,
      '',
      `Initial Root Token: ${rootToken}`,
    ]);
    expect(rootToken).toMatch(/^hvs\.\w{24}$/);
    expect(run.secrets).toEqual(expect.arrayContaining([unsealKey, rootToken]));
  });

  it('refuses a second init without sending it (case C1)', async () => {
    const before = typed.exchanges.filter(
      (e) => e.method === 'PUT' && e.path === '/v1/sys/init',
    ).length;

    const run = await typed.type('vault operator init');

    const after = typed.exchanges.filter(
      (e) => e.method === 'PUT' && e.path === '/v1/sys/init',
    ).length;
    expect(after).toBe(before);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'Error initializing: Error making API request.\n\n' +
        `URL: PUT ${URL}/v1/sys/init\n` +
        'Code: 400. Errors:\n\n' +
        '* Vault is already initialized\n\n' +
        'This tab holds the unseal key and root token from the first init.\n',
    );
  });

  it('answers 503 while sealed, in the CLI error format', async () => {
    const run = await typed.type('vault policy list');

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'Error listing policies: Error making API request.\n\n' +
        `URL: GET ${URL}/v1/sys/policies/acl?list=true\n` +
        'Code: 503. Errors:\n\n* Vault is sealed\n',
    );
  });

  it('prompts for the unseal key, hidden, when none is given', async () => {
    const key = typed.held().unsealKey ?? '';

    const run = await typed.type('vault operator unseal', [key]);

    expect(run.questions).toEqual(['Unseal Key (will be hidden): ']);
    expect(run.stdout).toMatch(/^Sealed\s+false$/m);
    expect(run.code).toBe(0);
  });

  it('logs in with the root token and prints its policies', async () => {
    const token = typed.held().rootToken ?? '';

    const run = await typed.type(`vault login ${token}`);

    expect(run.stdout).toMatch(/^Success! You are now authenticated\./);
    expect(run.stdout).toMatch(/^token_policies\s+\["root"\]$/m);
    expect(typed.interpreter.history.entries()).toContain('vault login');
  });

  it('writes a policy from a step file', async () => {
    const run = await typed.type(
      'vault policy write nomad-server nomad-server-policy.hcl',
    );

    expect(run.stdout).toBe('Success! Uploaded policy: nomad-server\n');
  });

  it('reads the policy back as raw HCL', async () => {
    const run = await typed.type('vault policy read nomad-server');

    expect(run.stdout).toContain('path "auth/token/create/nomad-cluster" {');
  });

  it('says when a policy does not exist', async () => {
    const run = await typed.type('vault policy read nope');

    expect(run.code).toBe(2);
    expect(run.stderr).toBe('No policy named: nope\n');
  });

  it('writes the token role from @file with a leading slash', async () => {
    const run = await typed.type(
      'vault write /auth/token/roles/nomad-cluster @nomad-cluster-role.json',
    );

    expect(run.stdout).toBe(
      'Success! Data written to: auth/token/roles/nomad-cluster\n',
    );
  });

  it('reads the role with durations humanized', async () => {
    const run = await typed.type('vault read auth/token/roles/nomad-cluster');

    expect(run.stdout).toMatch(/^token_period\s+72h$/m);
    expect(run.stdout).toMatch(/^allowed_policies\s+\[access-tables\]$/m);
  });

  it('prints one field with -field', async () => {
    const run = await typed.type(
      'vault read -field=orphan auth/token/roles/nomad-cluster',
    );

    expect(run.stdout).toBe('true\n');
  });

  it('creates the Nomad server token and holds it for step 6', async () => {
    const run = await typed.type(
      'vault token create -policy nomad-server -period 72h -orphan',
    );

    const { serverToken } = typed.held();
    expect(run.stdout).toMatch(/^token_duration\s+72h$/m);
    expect(run.stdout).toMatch(
      /^token_policies\s+\["default" "nomad-server"\]$/m,
    );
    expect(run.stdout).toContain(`token                ${serverToken}`);
    expect(run.secrets).toContain(serverToken);
  });

  it('shows the token body the CLI sends', async () => {
    const run = await typed.type(
      'vault token create -policy=nomad-server -period=72h -orphan ' +
        '-output-curl-string',
    );

    expect(run.stdout).toContain(
      `-d '{"policies":["nomad-server"],"ttl":"0s","explicit_max_ttl":"0s",` +
        `"period":"72h0m0s","no_parent":true,"display_name":"",` +
        `"num_uses":0,"renewable":true,"type":"service",` +
        `"entity_alias":""}' ${URL}/v1/auth/token/create`,
    );
  });

  it('uses the token of a VAULT_TOKEN prefix for that command', async () => {
    const server = typed.held().serverToken ?? '';

    const self = await typed.type(
      `VAULT_TOKEN=${server} vault token lookup -format=json`,
    );
    const denied = await typed.type(
      `VAULT_TOKEN=${server} vault policy read nomad-server`,
    );

    expect(JSON.parse(self.stdout).data.policies).toEqual([
      'default',
      'nomad-server',
    ]);
    expect(denied.stderr).toContain('Code: 403. Errors:');
    expect(typed.interpreter.history.entries()).toContain(
      'VAULT_TOKEN=**** vault policy read nomad-server',
    );
  });

  it('mints task tokens only through the role (case C4)', async () => {
    const server = typed.held().serverToken ?? '';
    const prefix = `VAULT_TOKEN=${server} vault token create`;

    const direct = await typed.type(`${prefix} -policy=access-tables`);
    const viaRole = await typed.type(
      `${prefix} -role=nomad-cluster -policy=access-tables`,
    );

    expect(direct.code).toBe(2);
    expect(direct.stderr).toContain(
      'Code: 403. Errors:\n\n* 1 error occurred:\n\t* permission denied',
    );
    expect(viaRole.stdout).toMatch(
      /^token_policies\s+\["access-tables" "default"\]$/m,
    );
    expect(typed.held().serverToken).toBe(server);
  });

  it('enables the database engine once', async () => {
    const first = await typed.type('vault secrets enable database');
    const second = await typed.type('vault secrets enable database');

    expect(first.stdout).toBe(
      'Success! Enabled the database secrets engine at: database/\n',
    );
    expect(second.stderr).toBe(
      'Error enabling: Error making API request.\n\n' +
        'URL: POST http://127.0.0.1:8200/v1/sys/mounts/database\n' +
        'Code: 400. Errors:\n\n* path is already in use at database/\n',
    );
  });

  it('lists the engines in a table', async () => {
    const run = await typed.type('vault secrets list');

    expect(run.stdout).toMatch(/^Path\s+Type\s+Accessor\s+Description$/m);
    expect(run.stdout).toMatch(
      /^database\/\s+database\s+database_\w+\s+n\/a$/m,
    );
  });

  it('says no value was found at an unknown role', async () => {
    const run = await typed.type('vault read database/roles/nope');

    expect(run.code).toBe(2);
    expect(run.stderr).toBe('No value found at database/roles/nope\n');
  });

  it('shows a flat sys answer as a table', async () => {
    const run = await typed.type('vault read sys/health');

    expect(run.stdout).toMatch(/^sealed\s+false$/m);
    expect(run.stdout).toMatch(/^version\s+1\.20\.4$/m);
  });

  it('lists keys under a path', async () => {
    const run = await typed.type('vault list auth/token/roles');

    expect(run.stdout).toBe('Keys\n----\nnomad-cluster\n');
  });

  it('explains a bad k=v argument', async () => {
    const run = await typed.type('vault write database/roles/x oops');

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'Failed to parse K=V data: invalid key/value pair "oops": ' +
        'format must be key=value\n',
    );
  });

  it('rejects an unknown flag with usage', async () => {
    const run = await typed.type('vault token create -x');

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'flag provided but not defined: -x\n\n' +
        'Usage: vault token create [options]\n',
    );
  });

  it('lists the subcommands for an unknown one, exit 127', async () => {
    const run = await typed.type('vault frobnicate');

    expect(run.code).toBe(127);
    expect(run.stderr).toMatch(/^Usage: vault <command> \[args\]\n/);
    expect(run.stderr).toMatch(/^ {4}login {4,}/m);
  });

  it('complains about missing arguments like the CLI', async () => {
    const run = await typed.type('vault read');

    expect(run.stderr).toBe('Not enough arguments (expected 1, got 0)\n');
  });
});
