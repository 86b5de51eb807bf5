import { describe, expect, it } from 'vitest';

import { steps } from '../guide/index.ts';
import { createAppStore } from '../state/create-app-store.ts';
import { fileKey } from '../state/files-slice.ts';
import { createShellDeps } from './shell-deps.ts';

const POLICY = 'nomad-server-policy.hcl';

describe('createShellDeps', () => {
  it('gives the shipped step file until the learner edits it', () => {
    const store = createAppStore();
    const deps = createShellDeps(store, steps);
    const shipped = steps[3]?.files[0]?.content;

    expect(deps.file(POLICY)).toBe(shipped);
    store.getState().editFile(fileKey(4, POLICY), 'path "x" {}\n');
    expect(deps.file(POLICY)).toBe('path "x" {}\n');
  });

  it('knows no file outside the steps', () => {
    const deps = createShellDeps(createAppStore(), steps);

    expect(deps.file('passwords.txt')).toBeUndefined();
  });

  it('lists every step file once, in step order', () => {
    const deps = createShellDeps(createAppStore(), steps);

    expect(deps.fileNames()).toEqual([
      'nomad-server-policy.hcl',
      'nomad-cluster-role.json',
      'nomad-vault-block.hcl',
      'db.nomad',
      'connection.json',
      'accessdb.sql',
      'access-tables-policy.hcl',
      'web-app.nomad',
    ]);
  });

  it('reads the mode and the secrets from the store as they change', () => {
    const store = createAppStore();
    const deps = createShellDeps(store, steps);

    deps.secrets.set({ rootToken: 'hvs.typedRootToken' });
    store.setState({ modeInfo: { mode: 'sandbox' } });

    expect(store.getState().secrets.rootToken).toBe('hvs.typedRootToken');
    expect(deps.mode).toBe('sandbox');
  });
});
