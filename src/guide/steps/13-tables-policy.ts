import { policyCheck } from '../checks.ts';
import { stepFiles } from '../files/index.ts';
import { policyWriteCommand, writePolicyFile } from '../policy-step.ts';
import type { Step } from '../types.ts';

const FILE = stepFiles.accessTablesPolicy;
const POLICY = 'access-tables';
const COMMAND = policyWriteCommand(POLICY, FILE.name);

export const tablesPolicyStep: Step = {
  number: 13,
  slug: 'tables-policy',
  title: 'Write the access-tables policy',
  explanation: [
    'The web app will not use the root token. Nomad gives its task a token ' +
      'with the access-tables policy, and this policy allows exactly one ' +
      'thing: reading database/creds/accessdb, which is how the task gets ' +
      'its database login.',
    'The nomad-cluster role from step 5 allows this policy, so Nomad may ' +
      'put it on task tokens.',
  ],
  watchFor: [
    'The path must match the one the job template reads, character for ' +
      'character. A typo leaves the task waiting for a secret it may not ' +
      'read.',
  ],
  files: [FILE],
  commands: () => [COMMAND],
  run: (ctx) => writePolicyFile(ctx, POLICY, FILE.name),
  check: (ctx) => policyCheck(ctx, POLICY, 'database/creds/accessdb'),
};
