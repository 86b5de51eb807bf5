import { isApiError } from '../../api/errors.ts';
import { enableMount, listMounts } from '../../api/vault/mounts.ts';
import { asRootCheck } from '../checks.ts';
import { asRoot } from '../context.ts';
import { vaultOutput, withTranscript } from '../transcript.ts';
import type { Step } from '../types.ts';

const COMMAND = 'vault secrets enable database';
const MOUNT = 'database/';

export const databaseEngineStep: Step = {
  number: 9,
  slug: 'database-engine',
  title: 'Enable the database secrets engine',
  explanation: [
    'Vault does not hand out database logins out of the box: that is the ' +
      'job of the database secrets engine. Enabling it mounts the engine at ' +
      'the path database/, under which you will configure a connection, ' +
      'roles and credential requests.',
  ],
  watchFor: [
    'Each path can hold one engine. Enabling it a second time is refused ' +
      'with "path is already in use at database/", which this step treats ' +
      'as already done.',
  ],
  files: [],
  commands: () => [COMMAND],
  run: async (ctx) => {
    try {
      await withTranscript(
        ctx,
        {
          command: COMMAND,
          failure: (e) => vaultOutput.error('secrets enable', e),
        },
        () => enableMount(asRoot(ctx), 'database', 'database'),
        () => ({ output: vaultOutput.secretsEnabled('database', MOUNT) }),
      );
    } catch (error) {
      if (!isApiError(error) || !error.says('path is already in use')) {
        throw error;
      }
      return { message: 'Done: the database engine was already enabled.' };
    }
    return { message: 'Done: the database engine is enabled at database/.' };
  },
  check: (ctx) =>
    asRootCheck(ctx, async () => {
      const mounts = await listMounts(asRoot(ctx));
      const mount = mounts[MOUNT];
      return mount?.type === 'database'
        ? { isDone: true, detail: 'database/ is mounted' }
        : { isDone: false, detail: 'no engine at database/' };
    }),
};
