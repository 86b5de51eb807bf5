import { afterEach, describe, expect, it } from 'vitest';

import { ApiError } from '../api/errors.ts';
import { initVault } from '../api/vault/sys-init.ts';
import { describeError } from './errors.ts';
import { firstUnfinished, steps } from './index.ts';
import { startLab, type LabHarness } from './lab-harness.ts';
import { StepError } from './step-error.ts';
import { createTestContext, type TestContext } from './test-support.ts';

const step = (number: number) => {
  const found = steps[number - 1];
  if (!found) throw new Error(`no step ${number}`);
  return found;
};

async function rejection(pending: Promise<unknown>): Promise<unknown> {
  try {
    await pending;
  } catch (error) {
    return error;
  }
  throw new Error('expected the step to fail');
}

async function runSteps(ctx: TestContext, upTo: number): Promise<void> {
  for (let number = 1; number <= upTo; number += 1) {
    await step(number).run(ctx);
  }
}

let harness: LabHarness | undefined;

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

describe('C1: init twice with the keys lost in between', () => {
  it('refuses a second init and explains that the keys are gone', async () => {
    harness = startLab();
    await step(1).run(createTestContext());

    const error = await rejection(step(1).run(createTestContext()));

    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).code).toBe('vault-keys-lost');
    expect(describeError(error, 1).message).toBe(
      'Vault is already initialized, but this tab holds no unseal key or ' +
        'root token. Vault shows them only once, at initialization, so ' +
        'they cannot be recovered. Reset the lab (this wipes Vault, Nomad ' +
        'and the database) and rerun this step.',
    );
    expect(harness.count('PUT', '/v1/sys/init')).toBe(1);
  });

  it('asks sys/init instead of retrying when the answer is lost', async () => {
    let initPuts = 0;
    harness = startLab((inner) => async (request) => {
      const response = await inner(request);
      const isInit = new URL(request.url).pathname === '/api/vault/v1/sys/init';
      if (isInit && request.method === 'PUT') {
        initPuts += 1;
        throw new TypeError('network connection lost');
      }
      return response;
    });
    const ctx = createTestContext({ mode: 'live' });

    const error = await rejection(step(1).run(ctx));

    expect((error as StepError).code).toBe('vault-keys-lost');
    expect((error as StepError).message).toContain(
      'Stop Vault, delete its storage',
    );
    expect(ctx.secrets.get()).toEqual({});
    expect(initPuts).toBe(1);
    expect(harness.exchanges.map((e) => `${e.method} ${e.path}`)).toEqual([
      'GET /v1/sys/init',
      'GET /v1/sys/init',
    ]);
  });
});

describe('unsealing with more shares than the guide uses', () => {
  it('says how many shares are still missing instead of done', async () => {
    harness = startLab();
    const init = await initVault({ secretShares: 3, secretThreshold: 2 });
    const ctx = createTestContext({
      secrets: { unsealKey: init.keys_base64[0] ?? '' },
    });

    const error = await rejection(step(2).run(ctx));

    expect((error as StepError).code).toBe('unseal-incomplete');
    expect(describeError(error, 2).message).toBe(
      'Vault is still sealed: it has 1 of the 2 key shares it needs. ' +
        'Enter 1 more in the terminal with `vault operator unseal`, or ' +
        'reset the lab and initialize it with one share in step 1.',
    );
  });
});

describe('C2: a sealed Vault', () => {
  it('routes to the unseal step after one request', async () => {
    harness = startLab();
    const ctx = createTestContext();
    await step(1).run(ctx);
    const before = harness.exchanges.length;

    const error = await rejection(step(4).run(ctx));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect((error as ApiError).errors).toEqual(['Vault is sealed']);
    expect(describeError(error, 4).nextStep).toBe(2);
    expect(harness.exchanges.length - before).toBe(1);
  });
});

describe('C3: writing a policy without a token', () => {
  it('says no token was sent and points to the login step', async () => {
    harness = startLab();
    const ctx = createTestContext();
    await runSteps(ctx, 2);
    const anonymous = createTestContext({
      secrets: { unsealKey: ctx.secrets.get().unsealKey ?? '' },
    });

    const error = await rejection(step(4).run(anonymous));

    expect(error).toMatchObject({
      status: 403,
      errors: ['permission denied'],
      tokenRole: 'no token',
    });
    expect(describeError(error, 4)).toEqual({
      message:
        'Vault said no: permission denied. The request carried no token ' +
        'at all. Log in with the root token in step 3.',
      nextStep: 3,
    });
    expect(anonymous.entries.at(-1)).toMatchObject({
      command: 'vault policy write nomad-server nomad-server-policy.hcl',
      isError: true,
    });
    expect(anonymous.entries.at(-1)?.output).toContain(
      'Error uploading policy: Error making API request.',
    );
  });
});

describe('C5: a token role without a period', () => {
  it('refuses the vault block before Nomad restarts', async () => {
    harness = startLab();
    const ctx = createTestContext();
    ctx.edit(
      'nomad-cluster-role.json',
      '{"allowed_policies":"access-tables","orphan":true,"renewable":true}',
    );
    await runSteps(ctx, 6);

    const error = await rejection(step(7).run(ctx));

    expect((error as StepError).code).toBe('token-role-unfit');
    expect(describeError(error, 7)).toEqual({
      message:
        'Nomad would refuse to start with this role: Role must have a ' +
        'non-zero period to make tokens periodic. Fix the role ' +
        'nomad-cluster in step 5, then run this step again.',
      nextStep: 5,
    });
    expect(harness.count('PUT', '/nomad/vault')).toBe(0);
  });
});

describe('step 6 on a second run', () => {
  it('reuses the held server token instead of minting another', async () => {
    harness = startLab();
    const ctx = createTestContext();
    await runSteps(ctx, 6);
    const token = ctx.secrets.get().serverToken;

    const outcome = await step(6).run(ctx);

    expect(outcome.message).toBe(
      'Done: reusing the Nomad server token from an earlier run.',
    );
    expect(ctx.secrets.get().serverToken).toBe(token);
    expect(harness.count('POST', '/v1/auth/token/create')).toBe(1);
  });
});

describe('firstUnfinished after a reload', () => {
  it('resumes at step 7 once steps 1 to 6 hold on the servers', async () => {
    harness = startLab();
    const ctx = createTestContext();
    await runSteps(ctx, 6);
    const reloaded = createTestContext({ secrets: ctx.secrets.get() });

    const next = await firstUnfinished(reloaded);

    expect(next.slug).toBe('nomad-vault-block');
  });
});
