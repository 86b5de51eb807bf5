import { afterEach, describe, expect, it } from 'vitest';

import { ApiError } from '../api/errors.ts';
import { describeError } from './errors.ts';
import { steps } from './index.ts';
import { startLab, type LabHarness } from './lab-harness.ts';
import { createTestContext } from './test-support.ts';

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

let harness: LabHarness | undefined;

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

describe('F15: the database job is not running', () => {
  it('fails the connection step and points to step 8', async () => {
    harness = startLab();
    const ctx = createTestContext();
    for (const number of [1, 2, 3, 4, 5, 6, 7, 9]) {
      await step(number).run(ctx);
    }

    const error = await rejection(step(10).run(ctx));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400 });
    const reason =
      'error creating database object: error verifying connection: ' +
      'failed to connect to `host=database.service.consul user=postgres ' +
      'database=postgres`: hostname resolving error (lookup ' +
      'database.service.consul: no such host)';
    expect((error as ApiError).errors).toEqual([reason]);
    expect(describeError(error, 10)).toEqual({
      message:
        `Vault could not log in to PostgreSQL: ${reason}. Is the ` +
        'database running? Run step 8 (the PostgreSQL job) first, then ' +
        'this step again.',
      nextStep: 8,
    });
    expect(ctx.entries.at(-1)).toMatchObject({
      command: 'vault write database/config/postgresql @connection.json',
      isError: true,
    });
    expect(harness.count('PUT', '/v1/database/config/postgresql')).toBe(1);
  });
  it('blames the password when the database refuses the login', async () => {
    harness = startLab();
    const ctx = createTestContext();
    for (let number = 1; number <= 9; number += 1) {
      await step(number).run(ctx);
    }
    const connection = ctx.file('connection.json');
    ctx.edit(
      'connection.json',
      connection.replace('nomad-demo-superuser', 'not-the-job-password'),
    );

    const error = await rejection(step(10).run(ctx));

    expect(error).toMatchObject({ status: 400 });
    const reason =
      'error creating database object: error verifying connection: ' +
      'failed to connect to `host=database.service.consul user=postgres ' +
      'database=postgres`: failed SASL auth (FATAL: password ' +
      'authentication failed for user "postgres" (SQLSTATE 28P01))';
    expect((error as ApiError).errors).toEqual([reason]);
    expect(describeError(error, 10)).toEqual({
      message:
        `Vault could not log in to PostgreSQL: ${reason}. The database ` +
        'is running but refused the login: the username and password in ' +
        'this step must match the ones the PostgreSQL job from step 8 sets.',
    });
    expect(ctx.entries.at(-1)?.output).not.toContain('not-the-job-password');
  }, 60_000);
});
