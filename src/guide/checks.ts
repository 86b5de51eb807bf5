// Check helpers shared by the steps that read Vault as the root token.
import { orNotFound } from '../api/errors.ts';
import { listJobAllocations } from '../api/nomad/jobs.ts';
import { readPolicy } from '../api/vault/policies.ts';
import { asRoot } from './context.ts';
import type { CheckResult, StepContext } from './types.ts';

/** Not done (without a request) while this tab holds no root token. */
export async function asRootCheck(
  ctx: StepContext,
  check: () => Promise<CheckResult>,
): Promise<CheckResult> {
  if (!ctx.secrets.get().rootToken) {
    return { isDone: false, detail: 'needs the root token (step 3)' };
  }
  return check();
}

/** Whether the policy exists (and, if given, mentions `path`). */
export function policyCheck(
  ctx: StepContext,
  name: string,
  path: string,
): Promise<CheckResult> {
  return asRootCheck(ctx, async () => {
    const answer = await orNotFound(readPolicy(asRoot(ctx), name));
    if (!answer) return { isDone: false, detail: `no policy ${name}` };
    const isGranting = answer.data.policy.includes(`"${path}"`);
    return {
      isDone: true,
      detail: isGranting
        ? `policy ${name} covers ${path}`
        : `policy ${name} exists but does not name ${path}`,
    };
  });
}

/** Done when the job has a running allocation. */
export async function jobRunningCheck(jobId: string): Promise<CheckResult> {
  const allocations = await listJobAllocations(jobId);
  const running = allocations.filter((a) => a.ClientStatus === 'running');
  if (running.length > 0) {
    return { isDone: true, detail: `${jobId}: ${running.length} running` };
  }
  const latest = allocations[0];
  return {
    isDone: false,
    detail: latest
      ? `${jobId}: allocation ${latest.ClientStatus}`
      : `${jobId} is not running`,
  };
}
