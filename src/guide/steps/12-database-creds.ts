import { isApiError } from '../../api/errors.ts';
import { readDatabaseCreds } from '../../api/vault/database.ts';
import { listLeases, lookupLease } from '../../api/vault/leases.ts';
import { asRootCheck } from '../checks.ts';
import { asRoot } from '../context.ts';
import { vaultOutput, withTranscript } from '../transcript.ts';
import type { CheckResult, Step, StepContext } from '../types.ts';

const PATH = 'database/creds/accessdb';
const COMMAND = `vault read ${PATH}`;

export const databaseCredsStep: Step = {
  number: 12,
  slug: 'database-creds',
  title: 'Ask Vault for database credentials',
  explanation: [
    "Reading this path makes Vault run the role's SQL: a brand-new " +
      'PostgreSQL user appears with a random password, valid for one hour. ' +
      "The answer carries a lease, Vault's receipt for the user; when the " +
      'lease ends or is revoked, Vault drops the user again.',
    "This is the call the web app's template makes in step 14, with a " +
      'token Nomad creates for it.',
  ],
  watchFor: [
    'Every run creates another user with its own lease. That is harmless ' +
      'here: each one expires on its own after an hour.',
  ],
  files: [],
  commands: () => [COMMAND],
  run: async (ctx) => {
    const creds = await withTranscript(
      ctx,
      {
        command: COMMAND,
        failure: (e) => vaultOutput.error('read', e, PATH),
      },
      () => readDatabaseCreds(asRoot(ctx), 'accessdb'),
      (answer) => ({
        output: vaultOutput.secret(answer),
        secrets: [answer.data.password],
      }),
    );
    ctx.secrets.set({
      dbUsername: creds.data.username,
      dbPassword: creds.data.password,
      dbLeaseId: creds.lease_id,
    });
    return { message: `Done: Vault created user ${creds.data.username}.` };
  },
  check: (ctx) => asRootCheck(ctx, () => credentialsCheck(ctx)),
};

/** The held lease if any, else any live lease of the role (after reload). */
async function credentialsCheck(ctx: StepContext): Promise<CheckResult> {
  const leaseId = ctx.secrets.get().dbLeaseId;
  try {
    if (leaseId) {
      const lease = await lookupLease(asRoot(ctx), leaseId);
      return { isDone: true, detail: `lease valid, ttl ${lease.data.ttl}s` };
    }
    const leases = await listLeases(asRoot(ctx), PATH);
    return { isDone: leases.length > 0, detail: `${leases.length} leases` };
  } catch (error) {
    if (isApiError(error) && error.kind === 'upstream' && error.status < 500) {
      return { isDone: false, detail: 'no live credentials' };
    }
    throw error;
  }
}
