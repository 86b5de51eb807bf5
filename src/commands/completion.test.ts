import { describe, expect, it } from 'vitest';

import { pathSegments } from './completion-sources.ts';
import { completeLine } from './completion.ts';
import { createCommandHistory } from './history.ts';
import { programs } from './programs.ts';
import { createShell } from './shell-state.ts';
import { createTestDeps } from './test-support.ts';

function completer() {
  const shell = createShell(
    createTestDeps(),
    createCommandHistory(),
    async () => 0,
    () => programs,
  );
  const complete = (line: string) =>
    completeLine(shell, programs, line, line.length);
  return { shell, complete };
}

describe('completeLine', () => {
  it('offers commands for the first word', () => {
    const { complete } = completer();

    expect(complete('va')).toEqual({ candidates: ['vault'], replaceFrom: 0 });
  });

  it('offers subcommands by prefix', () => {
    const { complete } = completer();

    expect(complete('vault operator u')).toEqual({
      candidates: ['unseal'],
      replaceFrom: 15,
    });
    expect(complete('nomad job ').candidates).toEqual([
      'allocs',
      'plan',
      'run',
      'status',
      'stop',
    ]);
  });

  it('offers the flags of the command, global flags included', () => {
    const { complete } = completer();

    const { candidates } = complete('vault token create -p');

    expect(candidates).toEqual(['-period=', '-policy=']);
    expect(complete('vault token create -o').candidates).toEqual([
      '-orphan',
      '-output-curl-string',
    ]);
  });

  it('offers step files where a file is expected', () => {
    const { complete } = completer();

    expect(
      complete('vault policy write nomad-server nomad-s').candidates,
    ).toEqual(['nomad-server-policy.hcl']);
    expect(complete('nomad job run d').candidates).toEqual(['db.nomad']);
    expect(complete('cat acc').candidates).toEqual([
      'access-tables-policy.hcl',
      'accessdb.sql',
    ]);
  });

  it('offers @files after a vault write path', () => {
    const { complete } = completer();

    expect(complete('vault write database/config/x @con').candidates).toEqual([
      '@connection.json',
    ]);
    expect(
      complete('vault write x creation_statements=@acc').candidates,
    ).toEqual([
      'creation_statements=@access-tables-policy.hcl',
      'creation_statements=@accessdb.sql',
    ]);
  });

  it('offers the Vault paths seen so far, one segment at a time', () => {
    const { shell, complete } = completer();
    shell.knowledge.vaultPaths.add('database/config/postgresql');
    shell.knowledge.vaultPaths.add('database/creds/accessdb');

    expect(complete('vault read da').candidates).toEqual(['database/']);
    expect(complete('vault read database/c').candidates).toEqual([
      'database/config/',
      'database/creds/',
    ]);
    expect(
      complete('vault read -format=json database/creds/').candidates,
    ).toEqual(['database/creds/accessdb']);
  });

  it('completes after a VAR=value prefix and sudo', () => {
    const { complete } = completer();

    expect(complete('VAULT_TOKEN=x vault lo').candidates).toEqual(['login']);
    expect(complete('sudo syst').candidates).toEqual(['systemctl']);
  });

  it('completes the command after a pipe', () => {
    const { complete } = completer();

    expect(complete('cat accessdb.sql | vau')).toEqual({
      candidates: ['vault'],
      replaceFrom: 19,
    });
  });

  it('offers policy names it has learned', () => {
    const { shell, complete } = completer();
    shell.knowledge.policies.add('nomad-server');

    expect(complete('vault policy read n').candidates).toEqual([
      'nomad-server',
    ]);
  });

  it('offers nothing for a positional that takes no argument', () => {
    const { complete } = completer();

    expect(complete('vault status ').candidates).toEqual([]);
  });
});

describe('pathSegments', () => {
  it('keeps a leading slash the learner typed', () => {
    expect(pathSegments(['auth/token/roles/x'], '/auth/t')).toEqual([
      '/auth/token/',
    ]);
  });
});
