import { policyCheck } from '../checks.ts';
import { stepFiles } from '../files/index.ts';
import { policyWriteCommand, writePolicyFile } from '../policy-step.ts';
import type { Step } from '../types.ts';

const FILE = stepFiles.nomadServerPolicy;
const POLICY = 'nomad-server';
const COMMAND = policyWriteCommand(POLICY, FILE.name);

export const serverPolicyStep: Step = {
  number: 4,
  slug: 'server-policy',
  title: 'Write the nomad-server policy',
  explanation: [
    'Nomad servers will talk to Vault with a token of their own. This ' +
      'policy lists what that token may do: mint task tokens through the ' +
      'nomad-cluster role, read that role, look up and revoke the tokens ' +
      'it handed out, and keep its own token alive.',
    'Nothing in it lets Nomad read secrets itself. Tasks get their secrets ' +
      'with tokens Nomad creates for them.',
  ],
  watchFor: ['Writing a policy again replaces it; the step is safe to repeat.'],
  files: [FILE],
  commands: () => [COMMAND],
  run: (ctx) => writePolicyFile(ctx, POLICY, FILE.name),
  check: (ctx) => policyCheck(ctx, POLICY, 'auth/token/create/nomad-cluster'),
};
