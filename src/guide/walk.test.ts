import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { describeError } from './errors.ts';
import { steps } from './index.ts';
import { startLab, type LabHarness } from './lab-harness.ts';
import { StepError } from './step-error.ts';
import { createTestContext } from './test-support.ts';

// What each step echoes: the command line and key lines of its output.
const expected: { command: RegExp; output: RegExp[] }[] = [
  {
    command: /^vault operator init -key-shares=1 -key-threshold=1$/,
    output: [/^Unseal Key 1: \S{44}$/m, /^Initial Root Token: hvs\.\w{24}$/m],
  },
  { command: /^vault operator unseal \S+$/, output: [/^Sealed\s+false$/m] },
  {
    command: /^vault login hvs\./,
    output: [
      /^Success! You are now authenticated/,
      /token_policies\s+\["root"\]/,
    ],
  },
  {
    command: /^vault policy write nomad-server nomad-server-policy\.hcl$/,
    output: [/^Success! Uploaded policy: nomad-server$/],
  },
  {
    command:
      /^vault write \/auth\/token\/roles\/nomad-cluster @nomad-cluster-role\.json$/,
    output: [/^Success! Data written to: auth\/token\/roles\/nomad-cluster$/],
  },
  {
    command: /^vault token create -policy nomad-server -period 72h -orphan$/,
    output: [
      /^token_duration\s+72h$/m,
      /^token_policies\s+\["default" "nomad-server"\]$/m,
    ],
  },
  {
    command:
      /^sudo tee -a \/etc\/nomad\.d\/nomad\.hcl < nomad-vault-block\.hcl$/,
    output: [/create_from_role = "nomad-cluster"/, /token\s+= "hvs\./],
  },
  {
    command: /^nomad job run db\.nomad$/,
    output: [/Evaluation "\w{8}" finished with status "complete"$/m],
  },
  {
    command: /^vault secrets enable database$/,
    output: [/^Success! Enabled the database secrets engine at: database\/$/],
  },
  {
    command: /^vault write database\/config\/postgresql @connection\.json$/,
    output: [/^Success! Data written to: database\/config\/postgresql$/],
  },
  {
    command: /^vault write database\/roles\/accessdb db_name=postgresql /,
    output: [/^Success! Data written to: database\/roles\/accessdb$/],
  },
  {
    command: /^vault read database\/creds\/accessdb$/,
    output: [/^lease_duration\s+1h$/m, /^username\s+v-root-accessdb-/m],
  },
  {
    command: /^vault policy write access-tables access-tables-policy\.hcl$/,
    output: [/^Success! Uploaded policy: access-tables$/],
  },
  {
    command: /^nomad job run web-app\.nomad$/,
    output: [/Evaluation "\w{8}" finished with status "complete"$/m],
  },
  {
    command: /^curl http:\/\/127\.0\.0\.1:\d+\/names$/,
    output: [/<li>Chen Wei<\/li>/],
  },
];

describe('the 15 steps against the lab', () => {
  let harness: LabHarness;
  const ctx = createTestContext();

  beforeAll(() => {
    harness = startLab();
  });

  afterAll(async () => {
    await harness.dispose();
  });

  it('walks every step to the names list', async () => {
    for (const step of steps) {
      // Step N: not done before its run, done after. Holding the root
      // token already counts as logged in (3); 15 follows from 14.
      if (step.number === 14) await expectTemplateTypoExplained();
      if (step.number !== 3 && step.number !== 15) {
        expect((await step.check(ctx)).isDone, `step ${step.number}`).toBe(
          false,
        );
      }
      const before = ctx.entries.length;

      const outcome = await step.run(ctx);

      expect(outcome.message).toMatch(/^Done: /);
      expect((await step.check(ctx)).isDone, `step ${step.number}`).toBe(true);
      const shown = ctx.entries.slice(before);
      const want = expected[step.number - 1];
      const entry = shown.find((e) => want?.command.test(e.command));
      expect(entry, `step ${step.number} echo`).toBeDefined();
      for (const line of want?.output ?? []) {
        expect(entry?.output).toMatch(line);
      }
    }
    expectSecretsHeldAndMasked();
  });

  function expectSecretsHeldAndMasked() {
    const held = ctx.secrets.get();
    const masked = new Set(ctx.entries.flatMap((e) => e.secrets ?? []));
    expect(held.dbUsername).toMatch(/^v-root-accessdb-/);
    expect(held.serverToken).toMatch(/^hvs\./);
    for (const value of [
      held.unsealKey,
      held.rootToken,
      held.serverToken,
      held.dbPassword,
    ]) {
      expect(masked.has(value ?? '<missing>')).toBe(true);
    }
  }

  // C6: the template reads a path the access-tables policy does not grant.
  async function expectTemplateTypoExplained() {
    const original = ctx.file('web-app.nomad');
    ctx.edit(
      'web-app.nomad',
      original.replace('database/creds/accessdb', 'database/creds/access-db'),
    );

    const error = await steps[13]?.run(ctx).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StepError);
    expect(describeError(error, 14).message).toBe(
      'The task is stuck before it starts (Template: Missing: ' +
        'vault.read(database/creds/access-db)): its template reads ' +
        '"database/creds/access-db", but the policy access-tables grants ' +
        '"database/creds/accessdb". Make the template path in ' +
        'web-app.nomad match the policy, then run this step again.',
    );
    ctx.edit('web-app.nomad', original);
  }
});
