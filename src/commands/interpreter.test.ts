import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { steps } from '../guide/index.ts';
import type { StepContext } from '../guide/types.ts';
import { startTypedLab, type TypedLab } from './lab-support.ts';

type TypedLine = string | ((outputs: string[]) => string);

// Starting PGlite and Nomad's 10 s health wait take a while.
const LONG = { timeout: 120_000 };

// The guide typed by hand, step by step; each step's own check must then
// see the work done (the checks read Vault, Nomad and the app's secrets).
describe('typing the whole guide', () => {
  let typed: TypedLab;
  let ctx: StepContext;

  beforeAll(() => {
    typed = startTypedLab();
    ctx = {
      mode: 'mock',
      secrets: {
        get: () => typed.held(),
        set: () => undefined,
      },
      file: () => '',
      emit: () => undefined,
    };
  });

  afterAll(() => typed.dispose());

  /** Types the lines; a function builds its line from earlier outputs. */
  async function typeStep(number: number, lines: TypedLine[]) {
    const outputs: string[] = [];
    for (const next of lines) {
      const line = typeof next === 'string' ? next : next(outputs);
      const run = await typed.type(line);
      expect(run.stderr, line).toBe('');
      expect(run.code, line).toBe(0);
      outputs.push(run.stdout);
    }
    const check = await steps[number - 1]?.check(ctx);
    expect(check?.isDone, `step ${number}: ${check?.detail}`).toBe(true);
    return outputs;
  }

  it('steps 1–3: init, unseal, log in', async () => {
    await typeStep(1, ['vault operator init -key-shares=1 -key-threshold=1']);
    const { unsealKey, rootToken } = typed.held();

    const [unseal] = await typeStep(2, [`vault operator unseal ${unsealKey}`]);
    await typeStep(3, [`vault login ${rootToken}`]);

    expect(unseal).toMatch(/^Sealed\s+false$/m);
  });

  it('steps 4–6: policy, token role, server token', async () => {
    await typeStep(4, [
      'vault policy write nomad-server nomad-server-policy.hcl',
    ]);
    await typeStep(5, [
      'vault write /auth/token/roles/nomad-cluster @nomad-cluster-role.json',
    ]);

    const [token] = await typeStep(6, [
      'vault token create -policy nomad-server -period 72h -orphan',
    ]);

    expect(token).toMatch(/^token_renewable\s+true$/m);
  });

  it('step 7: the vault block goes into Nomad', async () => {
    const [tee] = await typeStep(7, [
      'sudo tee -a /etc/nomad.d/nomad.hcl < nomad-vault-block.hcl',
      'sudo systemctl restart nomad',
    ]);

    expect(tee).toContain(`token            = "${typed.held().serverToken}"`);
  });

  it('step 8: the database job runs', LONG, async () => {
    const [run, status] = await typeStep(8, [
      'nomad job run db.nomad',
      'nomad status postgres-nomad-demo',
    ]);

    expect(run).toMatch(/Evaluation "\w{8}" finished with status "complete"$/m);
    expect(run).toMatch(/✓ Deployment "\w{8}" successful/);
    expect(status).toMatch(/^ID\s+= postgres-nomad-demo$/m);
  });

  it('steps 9–12: engine, connection, role, credentials', async () => {
    await typeStep(9, ['vault secrets enable database']);
    const [connection] = await typeStep(10, [
      'vault write database/config/postgresql @connection.json',
    ]);
    await typeStep(11, [
      'vault write database/roles/accessdb \\\n' +
        '    db_name=postgresql \\\n' +
        '    creation_statements=@accessdb.sql \\\n' +
        '    default_ttl=1h max_ttl=24h',
    ]);

    const [creds] = await typeStep(12, ['vault read database/creds/accessdb']);

    expect(connection).toBe(
      'Success! Data written to: database/config/postgresql\n',
    );
    expect(creds).toMatch(/^lease_duration\s+1h$/m);
    expect(creds).toContain(`password           ${typed.held().dbPassword}`);
  });

  it('steps 13–15: the web app lists the names', LONG, async () => {
    await typeStep(13, [
      'vault policy write access-tables access-tables-policy.hcl',
    ]);
    const [, status] = await typeStep(14, [
      'nomad job run web-app.nomad',
      'nomad status nomad-vault-demo',
    ]);
    const allocation = /^Allocations\n.*\n(\w{8})\s/m.exec(status ?? '')?.[1];

    const [details, names] = await typeStep(15, [
      `nomad alloc status ${allocation}`,
      ([allocStatus = '']) => `curl http://${addressIn(allocStatus)}/names`,
    ]);

    expect(details).toMatch(/^Client Status\s+= running$/m);
    expect(names).toContain('<li>Chen Wei</li>');
  });
});

function addressIn(allocStatus: string): string {
  const match = /^\*http\s+yes\s+(\S+:\d+)/m.exec(allocStatus);
  if (!match?.[1]) throw new Error(`no http address in:\n${allocStatus}`);
  return match[1];
}
