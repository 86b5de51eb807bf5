import { describe, expect, it } from 'vitest';

import { createCommandHistory } from './history.ts';
import { redactLine } from './redact.ts';

const rootToken = 'hvs.Xa1B2c3D4e5F6g7H8i9J0kLm';

function kept(line: string, known: string[] = []): string {
  const history = createCommandHistory({
    redact: (text) => redactLine(text, known),
  });
  history.add(line);
  return history.entries()[0] ?? '';
}

describe('history redaction', () => {
  it('drops the token of vault login so a rerun prompts for it', () => {
    expect(kept(`vault login ${rootToken}`)).toBe('vault login');
  });

  it('drops the key of vault operator unseal', () => {
    expect(kept('vault operator unseal jzpB0sa36aDx0sO0pZaHeGla=')).toBe(
      'vault operator unseal',
    );
  });

  it('keeps login flags while dropping the token', () => {
    expect(kept('vault login -no-store s.abc')).toBe('vault login -no-store');
  });

  it('masks a VAULT_TOKEN prefix', () => {
    expect(kept('VAULT_TOKEN=s.abc vault token lookup')).toBe(
      'VAULT_TOKEN=**** vault token lookup',
    );
  });

  it('masks password= and token= values but not file references', () => {
    const line =
      'vault write database/config/x password="p w" token=t ' +
      'creation_statements=@accessdb.sql db_name=postgresql';

    expect(kept(line)).toBe(
      'vault write database/config/x password=**** token=**** ' +
        'creation_statements=@accessdb.sql db_name=postgresql',
    );
  });

  it('masks the token a lookup names', () => {
    expect(kept('vault token lookup s.serverToken')).toBe(
      'vault token lookup ****',
    );
  });

  it('masks token headers and JSON secrets of curl', () => {
    const line =
      `curl -H "X-Vault-Token: ${'s.other'}" -X PUT ` +
      `-d '{"key":"abc"}' http://127.0.0.1:8200/v1/sys/unseal`;

    expect(kept(line)).toBe(
      "curl -H 'X-Vault-Token: ****' -X PUT " +
        `-d '{"key":"****"}' http://127.0.0.1:8200/v1/sys/unseal`,
    );
  });

  it('masks exported secrets', () => {
    expect(kept('export VAULT_TOKEN=abc VAULT_ADDR=x')).toBe(
      'export VAULT_TOKEN=**** VAULT_ADDR=x',
    );
  });

  it('masks a known secret wherever it appears', () => {
    expect(kept(`echo ${rootToken}`, [rootToken])).toBe('echo ****');
  });

  it('redacts each command of a list', () => {
    expect(kept('vault login a && vault operator unseal b; ls')).toBe(
      'vault login && vault operator unseal; ls',
    );
  });
});

describe('createCommandHistory', () => {
  it('skips blank lines and immediate repeats', () => {
    const history = createCommandHistory();

    history.add('vault status');
    history.add('vault status');
    history.add('  ');
    history.add('ls');

    expect(history.entries()).toEqual(['vault status', 'ls']);
  });

  it('forgets the oldest lines past its limit', () => {
    const history = createCommandHistory({ limit: 2 });

    ['a', 'b', 'c'].forEach((line) => history.add(line));

    expect(history.entries()).toEqual(['b', 'c']);
  });
});
