import { describe, expect, it } from 'vitest';

import { validateFile } from './validate-file.ts';

const guideRole = {
  disallowed_policies: 'nomad-server',
  token_explicit_max_ttl: 0,
  name: 'nomad-cluster',
  orphan: true,
  token_period: 259200,
  renewable: true,
};

function check(role: Record<string, unknown>) {
  const text = JSON.stringify(role, null, 2);
  return validateFile('nomad-cluster-role.json', 'json', text);
}

describe('nomad-cluster token role', () => {
  it('accepts the guide role and the 0.11 aliases', () => {
    const { token_period: _, token_explicit_max_ttl: __, ...rest } = guideRole;

    const aliases = check({ ...rest, period: '72h', explicit_max_ttl: 0 });

    expect(check(guideRole)).toEqual([]);
    expect(aliases).toEqual([]);
  });

  it('warns in Nomad words when the role has no period (C5)', () => {
    const { token_period: _, ...withoutPeriod } = guideRole;

    const problems = check(withoutPeriod);

    expect(problems).toEqual([
      {
        line: 1,
        column: 1,
        endColumn: 2,
        message:
          'Nomad will refuse this role: "Role must have a non-zero period ' +
          'to make tokens periodic." Set "token_period" to 259200 (72h).',
        severity: 'warning',
      },
    ]);
  });

  it('warns on a zero period at the field itself', () => {
    const problems = check({ ...guideRole, token_period: '0s' });

    expect(problems).toMatchObject([
      { line: 6, column: 3, endColumn: 17, severity: 'warning' },
    ]);
  });

  it('warns when an explicit max TTL is set (C5)', () => {
    const problems = check({ ...guideRole, token_explicit_max_ttl: '24h' });

    expect(problems).toEqual([
      {
        line: 3,
        column: 3,
        endColumn: 27,
        message:
          'Nomad will refuse this role: "Role can not use an explicit max ' +
          'ttl. Token must be periodic." Set "token_explicit_max_ttl" to 0.',
        severity: 'warning',
      },
    ]);
  });

  it('warns when tokens are not renewable', () => {
    const [problem] = check({ ...guideRole, renewable: false });

    expect(problem?.message).toBe(
      'Nomad will refuse this role: "Role must allow tokens to be ' +
        'renewed". Set "renewable" to true.',
    );
  });

  it('rejects wrong types and suggests the field a typo meant', () => {
    const problems = check({ ...guideRole, orphan: 'yes', token_perid: 1 });

    expect(problems.map((p) => [p.line, p.severity, p.message])).toEqual([
      [5, 'error', '"orphan" must be true or false.'],
      [
        8,
        'warning',
        'Vault ignores "token_perid": it is not a token role field. ' +
          'Did you mean "token_period"?',
      ],
    ]);
  });

  it('rejects a duration Vault cannot read', () => {
    const [problem] = check({ ...guideRole, token_period: '72 hours' });

    expect(problem).toMatchObject({
      line: 6,
      severity: 'error',
      message:
        '"token_period" must be seconds (e.g. 259200) or a duration ("72h").',
    });
  });

  it('asks for an object when the file holds something else', () => {
    const problems = validateFile('nomad-cluster-role.json', 'json', '[]');

    expect(problems).toEqual([
      {
        line: 1,
        column: 1,
        endColumn: 2,
        message:
          'A token role is a JSON object, e.g. {"token_period": 259200}.',
        severity: 'error',
      },
    ]);
  });
});
