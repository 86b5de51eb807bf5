import { orNotFound } from '../../api/errors.ts';
import {
  readDatabaseConfig,
  writeDatabaseConfig,
} from '../../api/vault/database.ts';
import { asRootCheck } from '../checks.ts';
import { asRoot, readJsonFile } from '../context.ts';
import { stepFiles } from '../files/index.ts';
import { vaultOutput, withTranscript } from '../transcript.ts';
import type { Step } from '../types.ts';

const FILE = stepFiles.connection;
const NAME = 'postgresql';
const PATH = `database/config/${NAME}`;
const COMMAND = `vault write ${PATH} @${FILE.name}`;

export const databaseConnectionStep: Step = {
  number: 10,
  slug: 'database-connection',
  title: 'Connect Vault to PostgreSQL',
  explanation: [
    'Vault needs a login of its own to create database users. This ' +
      'configuration names the PostgreSQL plugin, the superuser Vault logs ' +
      'in as, and the address, database.service.consul, which resolves to ' +
      'the job from step 8.',
    'The connection URL keeps {{username}} and {{password}} as ' +
      'placeholders, so the password never sits in the URL Vault shows when ' +
      'the configuration is read back. Only the role accessdb may use it.',
  ],
  watchFor: [
    'Vault connects to PostgreSQL while saving this. If the database job ' +
      'is not running, or the password differs from the one the job sets, ' +
      'the write fails with the connection error.',
  ],
  files: [FILE],
  commands: () => [COMMAND],
  run: async (ctx) => {
    const body = readJsonFile(ctx, FILE.name);
    const password = typeof body.password === 'string' ? body.password : '';
    await withTranscript(
      ctx,
      {
        command: COMMAND,
        failure: (e) => vaultOutput.error('write', e, PATH),
        secrets: password ? [password] : [],
      },
      () => writeDatabaseConfig(asRoot(ctx), NAME, body),
      (answer) => ({ output: vaultOutput.written(PATH, answer) }),
    );
    return { message: 'Done: Vault can reach PostgreSQL.' };
  },
  check: (ctx) =>
    asRootCheck(ctx, async () => {
      const config = await orNotFound(readDatabaseConfig(asRoot(ctx), NAME));
      if (!config) return { isDone: false, detail: `no ${PATH}` };
      const roles = config.data.allowed_roles;
      return {
        isDone: true,
        detail: `${config.data.plugin_name}, allowed_roles: ${roles.join(', ')}`,
      };
    }),
};
