// `vault secrets enable TYPE` and `vault secrets list` (contract §7).
// https://developer.hashicorp.com/vault/api-docs/system/mounts
import { z } from 'zod';

import { envelopeSchema } from '../../api/vault/envelope.ts';
import { formatSecretsEnable, formatVaultColumns } from '../../cli/index.ts';
import { goJson, sortKeysDeep } from '../../cli/shared/go-json.ts';
import { writeLines, type CommandNode } from '../command.ts';
import { expectArgs } from '../usage.ts';
import { sanitizePath } from './answer.ts';
import { vaultClient } from './client.ts';

const mountsSchema = envelopeSchema(
  z.record(
    z.string(),
    z.looseObject({
      type: z.string(),
      accessor: z.string().optional(),
      description: z.string().optional(),
    }),
  ),
);

const secretsEnable: CommandNode = {
  name: 'enable',
  summary: 'Enable a secrets engine at a path',
  usage: 'Usage: vault secrets enable [options] TYPE',
  flags: [
    { name: 'path', kind: 'string' },
    { name: 'description', kind: 'string' },
  ],
  args: ['engine'],
  run: async (invocation) => {
    expectArgs(invocation.args, 1);
    const type = invocation.args[0] ?? '';
    const path = sanitizePath(invocation.flags.string('path', type));
    const description = invocation.flags.string('description');
    await vaultClient(invocation).send(
      {
        method: 'POST',
        path: `sys/mounts/${path}`,
        body: {
          type,
          description,
          config: {
            default_lease_ttl: '',
            max_lease_ttl: '',
            force_no_cache: false,
          },
          local: false,
          seal_wrap: false,
          external_entropy_access: false,
          options: null,
        },
        keepKeyOrder: true,
      },
      'Error enabling: ',
    );
    invocation.shell.knowledge.vaultPaths.add(`${path}/`);
    writeLines(invocation.io.write, formatSecretsEnable(type, path));
    return 0;
  },
};

const secretsList: CommandNode = {
  name: 'list',
  summary: 'List the enabled secrets engines',
  usage: 'Usage: vault secrets list [options]',
  flags: [{ name: 'detailed', kind: 'bool' }],
  args: ['none'],
  run: async (invocation) => {
    expectArgs(invocation.args, 0);
    const vault = vaultClient(invocation);
    const answer = await vault.send(
      { method: 'GET', path: 'sys/mounts' },
      'Error listing secrets engines: ',
      mountsSchema,
    );
    const paths = Object.keys(answer.data).sort();
    const { vaultPaths } = invocation.shell.knowledge;
    paths.forEach((path) => vaultPaths.add(path));
    if (vault.format === 'json') {
      writeLines(invocation.io.write, goJson(sortKeysDeep(answer.data)));
      return 0;
    }
    const rows = paths.map((path) => {
      const mount = answer.data[path];
      return [
        path,
        mount?.type ?? '',
        mount?.accessor ?? '',
        mount?.description ?? '',
      ];
    });
    const table = formatVaultColumns(
      ['Path', 'Type', 'Accessor', 'Description'],
      rows,
    );
    writeLines(invocation.io.write, table);
    return 0;
  },
};

export const vaultSecrets: CommandNode = {
  name: 'secrets',
  summary: 'Enable and list secrets engines',
  usage: 'Usage: vault secrets <subcommand> [options] [args]',
  children: [secretsEnable, secretsList],
};
