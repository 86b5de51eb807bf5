import { describe, expect, it } from 'vitest';

import { flagReader, parseFlags, type FlagSpec } from './flags.ts';

const specs: FlagSpec[] = [
  { name: 'policy', kind: 'list' },
  { name: 'period', kind: 'string' },
  { name: 'orphan', kind: 'bool' },
  { name: 'key-shares', kind: 'int', aliases: ['n'] },
];

describe('parseFlags', () => {
  it('reads -name value, -name=value and --name forms', () => {
    const parsed = parseFlags(
      ['-policy', 'a', '--policy=b', '-period=72h', '--orphan', 'rest'],
      specs,
    );
    const flags = flagReader(parsed.values);

    expect(flags.list('policy')).toEqual(['a', 'b']);
    expect(flags.string('period')).toBe('72h');
    expect(flags.bool('orphan')).toBe(true);
    expect(parsed.args).toEqual(['rest']);
  });

  it('stops at the first positional argument', () => {
    const parsed = parseFlags(['path', '-orphan'], specs);

    expect(parsed.args).toEqual(['path', '-orphan']);
    expect(parsed.values.size).toBe(0);
  });

  it('accepts aliases and integers', () => {
    const parsed = parseFlags(['-n=3'], specs);

    expect(flagReader(parsed.values).int('key-shares')).toBe(3);
  });

  it('does not take the next word for a boolean', () => {
    const parsed = parseFlags(['-orphan', 'false'], specs);

    expect(parsed.args).toEqual(['false']);
  });

  it('ends flags at --', () => {
    expect(parseFlags(['--', '-orphan'], specs).args).toEqual(['-orphan']);
  });

  it('keeps a lone - as an argument', () => {
    expect(parseFlags(['-', 'x'], specs).args).toEqual(['-', 'x']);
  });

  it('signals a help request', () => {
    expect(parseFlags(['-help'], specs).isHelp).toBe(true);
  });

  it.each([
    [['-x'], 'flag provided but not defined: -x'],
    [['-period'], 'flag needs an argument: -period'],
    [
      ['-orphan=maybe'],
      'invalid boolean value "maybe" for -orphan: parse error',
    ],
    [['-n=three'], 'invalid value "three" for flag -n: parse error'],
    [['---x'], 'bad flag syntax: ---x'],
  ])('rejects %j with Go’s message', (input, message) => {
    expect(() => parseFlags(input, specs)).toThrow(message);
  });
});
