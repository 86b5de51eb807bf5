import { describe, expect, it } from 'vitest';

import { buildAcl, capabilitiesOf, isAllowed } from './acl.ts';
import type { PathRule } from './policy-rules.ts';

const acl = (rules: PathRule[]) => buildAcl(false, rules);

describe('ACL path matching', () => {
  it('uses an exact rule alone, ignoring globs', () => {
    const rules = acl([
      { path: 'secret/a', capabilities: ['read'] },
      { path: 'secret/*', capabilities: ['update'] },
    ]);

    expect(isAllowed(rules, 'update', 'secret/a', false)).toBe(false);
    expect(isAllowed(rules, 'update', 'secret/b', false)).toBe(true);
  });

  it('prefers the longest prefix glob', () => {
    const rules = acl([
      { path: 'secret/*', capabilities: ['read'] },
      { path: 'secret/team/*', capabilities: ['deny'] },
    ]);

    expect(capabilitiesOf(rules, 'secret/x')).toEqual(['read']);
    expect(capabilitiesOf(rules, 'secret/team/x')).toEqual(['deny']);
  });

  it('matches + against exactly one segment', () => {
    const rules = acl([{ path: 'secret/+/teams', capabilities: ['read'] }]);

    expect(isAllowed(rules, 'read', 'secret/a/teams', false)).toBe(true);
    expect(isAllowed(rules, 'read', 'secret/a/b/teams', false)).toBe(false);
  });

  it('ranks a later wildcard above an earlier one', () => {
    const rules = acl([
      { path: 'secret/+/x', capabilities: ['read'] },
      { path: 'secret/a/*', capabilities: ['update'] },
    ]);

    expect(capabilitiesOf(rules, 'secret/a/x')).toEqual(['update']);
  });

  it('merges the same path across policies, with deny winning', () => {
    const rules = acl([
      { path: 'a', capabilities: ['read'] },
      { path: 'a', capabilities: ['update'] },
      { path: 'b', capabilities: ['read'] },
      { path: 'b', capabilities: ['deny'] },
    ]);

    expect(capabilitiesOf(rules, 'a')).toEqual(['read', 'update']);
    expect(capabilitiesOf(rules, 'b')).toEqual(['deny']);
  });

  it('needs sudo on root-protected paths', () => {
    const rules = acl([
      { path: 'sys/mounts/*', capabilities: ['update'] },
      { path: 'sys/seal', capabilities: ['update', 'sudo'] },
    ]);

    expect(isAllowed(rules, 'update', 'sys/mounts/db', true)).toBe(false);
    expect(isAllowed(rules, 'update', 'sys/seal', true)).toBe(true);
  });

  it('tries a list path without its trailing slash', () => {
    const rules = acl([{ path: 'database/roles', capabilities: ['list'] }]);

    expect(isAllowed(rules, 'list', 'database/roles/', false)).toBe(true);
  });

  it('reports deny when nothing matches and root for root', () => {
    expect(capabilitiesOf(acl([]), 'x')).toEqual(['deny']);
    expect(capabilitiesOf(buildAcl(true, []), 'x')).toEqual(['root']);
  });
});
