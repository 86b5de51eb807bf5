// GET with `?list=` lists only when Go's strconv.ParseBool says true; a
// value it cannot parse is a 400 with an empty errors array, as in Vault.
import { describe, expect, it } from 'vitest';

import { guideVault } from './guide-vault.ts';
import { parseGoBool } from './request.ts';

const policyNames = ['access-tables', 'default', 'nomad-server', 'root'];

describe('the list query parameter', () => {
  it('parses every spelling Go accepts, and nothing else', () => {
    const truthy = ['1', 't', 'T', 'TRUE', 'true', 'True'];
    const falsy = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

    expect(truthy.map(parseGoBool)).toEqual(truthy.map(() => true));
    expect(falsy.map(parseGoBool)).toEqual(falsy.map(() => false));
    expect(['yes', 'tRUE', ' true', '2', ''].map(parseGoBool)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('lists for list=1 and list=T as for list=true', async () => {
    const { test, root } = await guideVault();
    const ask = (value: string) =>
      test.call('GET', `sys/policies/acl?list=${value}`, { token: root });

    const answers = await Promise.all(['1', 'T', 'True'].map(ask));

    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.data['keys']).toEqual(expect.arrayContaining(policyNames));
    }
  });

  it('reads for list=false, list=0 and an empty list=', async () => {
    const { test, root } = await guideVault();
    const ask = (value: string) =>
      test.call('GET', `sys/policies/acl/nomad-server?list=${value}`, {
        token: root,
      });

    const answers = await Promise.all(['false', '0', ''].map(ask));

    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.data['name']).toBe('nomad-server');
    }
  });

  it('refuses list=yes with 400 and no error text', async () => {
    const { test, root } = await guideVault();

    const answer = await test.call('GET', 'sys/policies/acl?list=yes', {
      token: root,
    });

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [] });
  });
});
