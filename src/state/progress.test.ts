import { describe, expect, it } from 'vitest';

import {
  deriveStepState,
  findCurrentStep,
  type CheckView,
} from './progress.ts';

const done: CheckView = { status: 'success', result: { isDone: true } };
const notDone: CheckView = { status: 'success', result: { isDone: false } };
const pending: CheckView = { status: 'pending' };
const failedCheck: CheckView = { status: 'error' };

function numbered(checks: CheckView[]) {
  return checks.map((check, index) => ({ number: index + 1, check }));
}

describe('findCurrentStep', () => {
  it('picks the first step whose check is not done', () => {
    const checks = numbered([done, done, notDone, done, notDone]);

    expect(findCurrentStep(checks)).toBe(3);
  });

  it('treats a check that failed to read as not done', () => {
    const checks = numbered([done, failedCheck, notDone]);

    expect(findCurrentStep(checks)).toBe(2);
  });

  it('waits while an earlier check is still pending', () => {
    const checks = numbered([done, pending, notDone]);

    expect(findCurrentStep(checks)).toBeUndefined();
  });

  it('ignores pending checks after the first unfinished step', () => {
    const checks = numbered([done, notDone, pending]);

    expect(findCurrentStep(checks)).toBe(2);
  });

  it('lands on the last step when every check is done', () => {
    const checks = numbered(Array.from({ length: 15 }, () => done));

    expect(findCurrentStep(checks)).toBe(15);
  });
});

describe('deriveStepState', () => {
  it('shows a run in flight as running, even over a done check', () => {
    expect(deriveStepState(done, { status: 'running' })).toBe('running');
  });

  it('reads done from the check, not from the last run', () => {
    expect(deriveStepState(done, { status: 'failed', message: 'x' })).toBe(
      'done',
    );
    expect(deriveStepState(notDone, { status: 'done', message: 'x' })).toBe(
      'todo',
    );
  });

  it('shows a failed run of an unfinished step as failed', () => {
    const run = { status: 'failed', message: 'Vault is sealed' } as const;

    expect(deriveStepState(notDone, run)).toBe('failed');
  });

  it('shows a step without a run or answer yet as to do', () => {
    expect(deriveStepState(pending, undefined)).toBe('todo');
    expect(deriveStepState(failedCheck, undefined)).toBe('todo');
  });
});
