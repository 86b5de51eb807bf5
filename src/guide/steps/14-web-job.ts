import { orNotFound } from '../../api/errors.ts';
import type { Allocation } from '../../api/nomad/schemas.ts';
import { readPolicy } from '../../api/vault/policies.ts';
import { jobRunningCheck } from '../checks.ts';
import { asRoot } from '../context.ts';
import { stepFiles } from '../files/index.ts';
import { runJobStep } from '../job-step.ts';
import {
  describeEvents,
  missingVaultPaths,
  policyCovers,
  policyPaths,
} from '../nomad-facts.ts';
import { StepError } from '../step-error.ts';
import type { Step, StepContext } from '../types.ts';

const FILE = stepFiles.webAppJob;
const JOB_ID = 'nomad-vault-demo';

export const webJobStep: Step = {
  number: 14,
  slug: 'web-job',
  title: 'Run the web app with dynamic credentials',
  explanation: [
    'The web app job asks Nomad for a Vault token with the access-tables ' +
      'policy. Nomad mints it through the nomad-cluster role, and the ' +
      "task's template uses it to read database/creds/accessdb. The " +
      'rendered file, secrets/config.json, holds the new user and password ' +
      'the app connects with.',
    'The password goes through toJSON so that any quote or backslash in ' +
      'it still makes valid JSON.',
  ],
  watchFor: [
    'The task does not start until its template has rendered. If the ' +
      'template asks for a path the policy does not grant, the allocation ' +
      'waits, and its events say which secret is missing.',
  ],
  files: [FILE],
  commands: () => [`nomad job run ${FILE.name}`, `nomad status ${JOB_ID}`],
  run: async (ctx) => {
    await runJobStep(ctx, {
      jobId: JOB_ID,
      fileName: FILE.name,
      inspectPending: (allocation) => explainBlockedTemplate(ctx, allocation),
    });
    return { message: `Done: ${JOB_ID} is running with its credentials.` };
  },
  check: () => jobRunningCheck(JOB_ID),
};

/** Case C6: the template waits on a path the task's policies do not grant. */
async function explainBlockedTemplate(
  ctx: StepContext,
  allocation: Allocation,
): Promise<void> {
  const missing = missingVaultPaths(allocation);
  if (missing.length === 0 || !ctx.secrets.get().rootToken) return;
  const policies = jobPolicies(ctx.file(FILE.name));
  const granted: string[] = [];
  for (const name of policies) {
    const policy = await orNotFound(readPolicy(asRoot(ctx), name));
    if (policy) granted.push(...policyPaths(policy.data.policy));
  }
  const denied = missing.filter(
    (path) => !granted.some((grant) => policyCovers(grant, path)),
  );
  const [path] = denied;
  if (path === undefined) return;
  const holders =
    policies.length === 1
      ? `the policy ${policies.join('')} grants`
      : `the policies ${policies.join(', ') || '(none)'} grant`;
  const grants = granted.map((g) => `"${g}"`).join(', ') || 'no path';
  const events = describeEvents(allocation);
  const missingEvent = events.filter((e) => e.includes('Missing:')).at(-1);
  throw new StepError(
    'template-blocked',
    `The task is stuck before it starts (${missingEvent}): its template ` +
      `reads "${path}", but ${holders} ${grants}. Make the template path ` +
      `in ${FILE.name} match the policy, then run this step again.`,
    { details: events },
  );
}

function jobPolicies(jobHcl: string): string[] {
  const list = /policies\s*=\s*\[([^\]]*)\]/.exec(jobHcl)?.[1] ?? '';
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
}
