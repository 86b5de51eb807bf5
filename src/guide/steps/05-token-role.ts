import { orNotFound } from '../../api/errors.ts';
import { readTokenRole, writeTokenRole } from '../../api/vault/token-roles.ts';
import { asRootCheck } from '../checks.ts';
import { asRoot, readJsonFile } from '../context.ts';
import { stepFiles } from '../files/index.ts';
import { vaultOutput, withTranscript } from '../transcript.ts';
import type { Step } from '../types.ts';

const FILE = stepFiles.nomadClusterRole;
const ROLE = 'nomad-cluster';
const PATH = `auth/token/roles/${ROLE}`;
const COMMAND = `vault write /${PATH} @${FILE.name}`;

export const tokenRoleStep: Step = {
  number: 5,
  slug: 'token-role',
  title: 'Create the nomad-cluster token role',
  explanation: [
    'A token role is a template for tokens. Nomad will create one token ' +
      'per task through this role, and the role decides what those tokens ' +
      'may be: here only the access-tables policy, orphaned so they do not ' +
      'die with the Nomad server token, renewable and periodic (72 hours).',
    'Periodic tokens live as long as someone keeps renewing them, which is ' +
      'what Nomad does while a task runs.',
  ],
  watchFor: [
    'Nomad refuses a role without a period or with an explicit maximum ' +
      'TTL when it starts. Keep token_period above zero and ' +
      'token_explicit_max_ttl at 0.',
  ],
  files: [FILE],
  commands: () => [COMMAND],
  run: async (ctx) => {
    const body = readJsonFile(ctx, FILE.name);
    await withTranscript(
      ctx,
      { command: COMMAND, failure: (e) => vaultOutput.error('write', e, PATH) },
      () => writeTokenRole(asRoot(ctx), ROLE, body),
      () => ({ output: vaultOutput.written(PATH, undefined) }),
    );
    return { message: `Done: token role ${ROLE} is in Vault.` };
  },
  check: (ctx) =>
    asRootCheck(ctx, async () => {
      const role = await orNotFound(readTokenRole(asRoot(ctx), ROLE));
      if (!role) return { isDone: false, detail: `no token role ${ROLE}` };
      const { token_period, orphan, allowed_policies } = role.data;
      return {
        isDone: true,
        detail:
          `token_period: ${token_period}s, orphan: ${orphan}, ` +
          `allowed_policies: ${allowed_policies.join(', ') || '(any)'}`,
      };
    }),
};
