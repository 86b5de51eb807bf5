import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_NAMES } from '../../../mocks/lab/runtime/demo-data.ts';
import { startSandbox, type Sandbox } from '../../../server/sandbox/index.ts';
import { call } from '../../../server/sandbox/test-support.ts';
import { startLab } from '../../guide/lab-harness.ts';
import { runBash, type BashRun } from './run-bash.ts';
import { walkAndExport } from './walk-scripts.ts';

// The curl flavour, exported from a walk of the in-Node lab, replayed by
// bash and curl against a fresh sandbox over real HTTP.
let sandbox: Sandbox;
let run: BashRun;
let rootToken: string;
let initDir: string;

beforeAll(async () => {
  const harness = startLab();
  const { curl } = await walkAndExport(harness).finally(() =>
    harness.dispose(),
  );
  sandbox = await startSandbox({ vaultPort: 0, nomadPort: 0 });
  // The script keeps Vault's init answer here, so the test can log in.
  initDir = await mkdtemp(join(tmpdir(), 'replay-init-'));
  const initFile = join(initDir, 'vault-init.json');
  run = await runBash(
    curl,
    {
      VAULT_ADDR: sandbox.vaultAddr,
      NOMAD_ADDR: sandbox.nomadAddr,
      NOMAD_LAB_CONTROL: `${sandbox.nomadAddr}/lab`,
      VAULT_INIT_FILE: initFile,
    },
    90_000,
  );
  const init = JSON.parse(await readFile(initFile, 'utf8')) as {
    root_token: string;
  };
  rootToken = init.root_token;
}, 150_000);

afterAll(async () => {
  await sandbox?.stop();
  if (initDir) await rm(initDir, { recursive: true, force: true });
});

const vault = (path: string) =>
  call(`${sandbox.vaultAddr}/v1/${path}`, { token: rootToken });

describe('the exported curl script replayed against a fresh sandbox', () => {
  it('exits 0 and prints the names the web app lists', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const name of DEMO_NAMES) expect(run.stdout).toContain(name);
  });

  it('leaves Vault unsealed with the policies and the token role', async () => {
    const health = await call(`${sandbox.vaultAddr}/v1/sys/seal-status`);
    const policies = await vault('sys/policies/acl?list=true');
    const role = await vault('auth/token/roles/nomad-cluster');

    expect(health.body).toMatchObject({ initialized: true, sealed: false });
    expect(policies.body).toMatchObject({
      data: {
        keys: expect.arrayContaining(['nomad-server', 'access-tables']),
      },
    });
    expect(role.status).toBe(200);
    expect(role.body).toMatchObject({
      data: { allowed_policies: ['access-tables'], orphan: true },
    });
  });

  it('leaves both jobs running', async () => {
    const jobs = await call(`${sandbox.nomadAddr}/v1/jobs`);
    const statuses = Object.fromEntries(
      (jobs.body as { ID: string; Status: string }[]).map((job) => [
        job.ID,
        job.Status,
      ]),
    );

    expect(statuses).toEqual({
      'postgres-nomad-demo': 'running',
      'nomad-vault-demo': 'running',
    });
  });
});
