// The guide: its 15 steps in order and the lookups the UI needs.
import { initVaultStep } from './steps/01-init-vault.ts';
import { unsealVaultStep } from './steps/02-unseal-vault.ts';
import { logInStep } from './steps/03-log-in.ts';
import { serverPolicyStep } from './steps/04-server-policy.ts';
import { tokenRoleStep } from './steps/05-token-role.ts';
import { serverTokenStep } from './steps/06-server-token.ts';
import { nomadVaultBlockStep } from './steps/07-nomad-vault-block.ts';
import { databaseJobStep } from './steps/08-database-job.ts';
import { databaseEngineStep } from './steps/09-database-engine.ts';
import { databaseConnectionStep } from './steps/10-database-connection.ts';
import { databaseRoleStep } from './steps/11-database-role.ts';
import { databaseCredsStep } from './steps/12-database-creds.ts';
import { tablesPolicyStep } from './steps/13-tables-policy.ts';
import { webJobStep } from './steps/14-web-job.ts';
import { showNamesStep } from './steps/15-show-names.ts';
import type { CheckResult, Step, StepContext } from './types.ts';

export const steps: readonly Step[] = [
  initVaultStep,
  unsealVaultStep,
  logInStep,
  serverPolicyStep,
  tokenRoleStep,
  serverTokenStep,
  nomadVaultBlockStep,
  databaseJobStep,
  databaseEngineStep,
  databaseConnectionStep,
  databaseRoleStep,
  databaseCredsStep,
  tablesPolicyStep,
  webJobStep,
  showNamesStep,
];

export function stepBySlug(slug: string): Step | undefined {
  return steps.find((step) => step.slug === slug);
}

export function stepByNumber(number: number): Step | undefined {
  return steps[number - 1];
}

/** Every file the steps ship, by name (for the editor's originals). */
export const originalFiles: ReadonlyMap<string, string> = new Map(
  steps.flatMap((step) => step.files.map((f) => [f.name, f.content])),
);

export interface StepProgress {
  step: Step;
  /** Undefined when the check itself failed (see `error`). */
  result?: CheckResult;
  error?: unknown;
}

/** Runs every check in order; a failing check marks its step not done. */
export async function checkAll(ctx: StepContext): Promise<StepProgress[]> {
  const progress: StepProgress[] = [];
  for (const step of steps) {
    try {
      progress.push({ step, result: await step.check(ctx) });
    } catch (error) {
      progress.push({ step, error });
    }
  }
  return progress;
}

/** The first step whose check is not done (the last step when all are). */
export async function firstUnfinished(ctx: StepContext): Promise<Step> {
  for (const step of steps) {
    const isDone = await step.check(ctx).then(
      (result) => result.isDone,
      () => false,
    );
    if (!isDone) return step;
  }
  return steps[steps.length - 1] ?? initVaultStep;
}

export { describeError, type ErrorDescription } from './errors.ts';
export { StepError, isStepError, type StepErrorCode } from './step-error.ts';
export { configureAddresses } from './transcript.ts';
export { configurePolling } from './job-runner.ts';
