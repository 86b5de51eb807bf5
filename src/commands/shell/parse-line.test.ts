import { describe, expect, it } from 'vitest';

import { lex } from './lex.ts';
import { isIncompleteLine } from './lex.ts';
import { parseLine, type ParsedLine } from './parse-line.ts';

const variables: Record<string, string> = {
  VAULT_ADDR: 'http://127.0.0.1:8200',
  __vault_print_token__: 'hvs.root',
};
const lookup = (name: string) => variables[name];

function commands(parsed: ParsedLine) {
  if (parsed.kind !== 'list') throw new Error(`not a list: ${parsed.kind}`);
  return parsed.items.flatMap((item) => item.pipeline);
}

function argvOf(text: string): string[] {
  return commands(parseLine(text, lookup))[0]?.argv ?? [];
}

describe('parseLine', () => {
  it('splits words and removes quotes', () => {
    expect(argvOf(`vault write x a="b c" 'd e'=f g\\ h`)).toEqual([
      'vault',
      'write',
      'x',
      'a=b c',
      'd e=f',
      'g h',
    ]);
  });

  it('joins lines continued with a backslash', () => {
    const text = 'vault write database/roles/accessdb \\\n  db_name=postgresql';

    expect(argvOf(text)).toEqual([
      'vault',
      'write',
      'database/roles/accessdb',
      'db_name=postgresql',
    ]);
  });

  it('keeps a newline that sits inside quotes', () => {
    expect(argvOf(`echo "a\nb"`)).toEqual(['echo', 'a\nb']);
  });

  it('takes leading VAR=value words as the command environment', () => {
    const [command] = commands(
      parseLine('VAULT_TOKEN=hvs.abc VAULT_FORMAT=json vault status', lookup),
    );

    expect(command?.assignments).toEqual([
      { name: 'VAULT_TOKEN', value: 'hvs.abc' },
      { name: 'VAULT_FORMAT', value: 'json' },
    ]);
    expect(command?.argv).toEqual(['vault', 'status']);
  });

  it('treats a = after the command name as an argument', () => {
    expect(argvOf('vault write x ttl=1h')).toContain('ttl=1h');
  });

  it('expands variables but not inside single quotes', () => {
    expect(argvOf(`curl $VAULT_ADDR/v1/sys/health '$VAULT_ADDR'`)).toEqual([
      'curl',
      'http://127.0.0.1:8200/v1/sys/health',
      '$VAULT_ADDR',
    ]);
  });

  it('substitutes $(vault print token) with the CLI token', () => {
    const text = 'curl -H "X-Vault-Token: $(vault print token)" u';

    expect(argvOf(text)[2]).toBe('X-Vault-Token: hvs.root');
  });

  it('refuses other command substitutions', () => {
    expect(parseLine('echo $(whoami)', lookup)).toEqual({
      kind: 'error',
      message: 'command substitution is not available here: $(whoami)',
    });
  });

  it('reads < file as the command input', () => {
    const [command] = commands(
      parseLine('sudo tee -a /etc/nomad.d/nomad.hcl < block.hcl', lookup),
    );

    expect(command?.stdinFile).toBe('block.hcl');
    expect(command?.argv).toEqual([
      'sudo',
      'tee',
      '-a',
      '/etc/nomad.d/nomad.hcl',
    ]);
  });

  it('builds lists and pipelines', () => {
    const parsed = parseLine(
      'cat a | vault policy write p - && ls; ls',
      lookup,
    );

    expect(
      parsed.kind === 'list' && parsed.items.map((i) => i.connector),
    ).toEqual([';', '&&', ';']);
    expect(parsed.kind === 'list' && parsed.items[0]?.pipeline.length).toBe(2);
  });

  it('ignores comments', () => {
    expect(argvOf('vault status # check the seal')).toEqual([
      'vault',
      'status',
    ]);
  });

  it('reports a stray operator as a syntax error', () => {
    expect(parseLine('| ls', lookup)).toEqual({
      kind: 'error',
      message: "syntax error near unexpected token `|'",
    });
  });

  it('says output redirection is not available', () => {
    expect(parseLine('vault status > out', lookup)).toEqual({
      kind: 'error',
      message: 'output redirection is not available in this terminal',
    });
  });

  it('returns an empty list for a blank line', () => {
    expect(parseLine('   ', lookup)).toEqual({ kind: 'list', items: [] });
  });
});

describe('isIncompleteLine', () => {
  it.each([
    ['an unclosed double quote', 'vault write x a="b'],
    ['an unclosed single quote', "echo 'x"],
    ['a trailing backslash', 'vault write x \\'],
    ['a trailing &&', 'vault status &&'],
    ['an open substitution', 'echo $(vault print'],
  ])('is true for %s', (_, text) => {
    expect(isIncompleteLine(text)).toBe(true);
  });

  it('is false once the quote closes on a later line', () => {
    expect(isIncompleteLine('echo "a\nb"')).toBe(false);
  });

  it('is false for an escaped backslash at the end', () => {
    expect(isIncompleteLine('echo a\\\\')).toBe(false);
  });
});

describe('lex', () => {
  it('records where each word starts and ends', () => {
    const words = lex('vault  login "hvs.x"').lexemes.map((l) => [
      l.start,
      l.end,
    ]);

    expect(words).toEqual([
      [0, 5],
      [7, 12],
      [13, 20],
    ]);
  });
});
