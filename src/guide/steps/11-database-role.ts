import { orNotFound } from '../../api/errors.ts';
import {
  readDatabaseRole,
  writeDatabaseRole,
} from '../../api/vault/database.ts';
import { asRootCheck } from '../checks.ts';
import { asRoot } from '../context.ts';
import { stepFiles } from '../files/index.ts';
import { vaultOutput, withTranscript } from '../transcript.ts';
import type { Step } from '../types.ts';

const FILE = stepFiles.accessdbSql;
const ROLE = 'accessdb';
const PATH = `database/roles/${ROLE}`;
const COMMAND =
  `vault write ${PATH} db_name=postgresql ` +
  `creation_statements=@${FILE.name} default_ttl=1h max_ttl=24h`;

export const databaseRoleStep: Step = {
  number: 11,
  slug: 'database-role',
  title: 'Create the accessdb role',
  explanation: [
    'A database role tells Vault how to make a user when someone asks for ' +
      'credentials: the SQL to run, on which connection, and how long the ' +
      'user may live. Vault fills in a fresh name, a random password and ' +
      'the expiry time every time.',
    'These users may read the tables in the public schema and nothing ' +
      'more. Each lasts one hour, renewable up to 24 hours, after which ' +
      'Vault drops it.',
  ],
  watchFor: [
    'Vault does not test the SQL here. Mistakes in it only show when ' +
      'credentials are requested in the next step.',
  ],
  files: [FILE],
  commands: () => [COMMAND],
  run: async (ctx) => {
    await withTranscript(
      ctx,
      {
        command: COMMAND,
        failure: (e) => vaultOutput.error('write', e, PATH),
      },
      () =>
        writeDatabaseRole(asRoot(ctx), ROLE, {
          db_name: 'postgresql',
          creation_statements: ctx.file(FILE.name),
          default_ttl: '1h',
          max_ttl: '24h',
        }),
      (answer) => ({ output: vaultOutput.written(PATH, answer) }),
    );
    return { message: `Done: role ${ROLE} is ready.` };
  },
  check: (ctx) =>
    asRootCheck(ctx, async () => {
      const role = await orNotFound(readDatabaseRole(asRoot(ctx), ROLE));
      if (!role) return { isDone: false, detail: `no ${PATH}` };
      const { default_ttl, max_ttl } = role.data;
      return {
        isDone: true,
        detail: `default_ttl ${default_ttl}s, max_ttl ${max_ttl}s`,
      };
    }),
};
