// `vault list PATH` and `vault delete PATH`.
import { formatNoValue, formatVaultColumns } from '../../cli/index.ts';
import { goJson } from '../../cli/shared/go-json.ts';
import { CliFailure, writeLines, type CommandNode } from '../command.ts';
import { expectArgs } from '../usage.ts';
import { sanitizePath } from './answer.ts';
import { EXIT_API_ERROR, vaultClient } from './client.ts';
import { keysSchema } from './schemas.ts';

export const vaultList: CommandNode = {
  name: 'list',
  summary: 'List the keys under a path',
  usage: 'Usage: vault list [options] PATH',
  args: ['vault-path'],
  run: async (invocation) => {
    expectArgs(invocation.args, 1);
    const path = `${sanitizePath(invocation.args[0] ?? '')}/`;
    const vault = vaultClient(invocation);
    const answer = await vault.sendOrNull(
      { method: 'LIST', path },
      `Error listing ${path}: `,
      keysSchema,
    );
    if (!answer) throw new CliFailure(formatNoValue(path), EXIT_API_ERROR);
    const { keys } = answer.data;
    const { vaultPaths } = invocation.shell.knowledge;
    keys.forEach((key) => vaultPaths.add(path + key));
    const text =
      vault.format === 'json'
        ? goJson(keys)
        : formatVaultColumns(
            ['Keys'],
            keys.map((key) => [key]),
          );
    writeLines(invocation.io.write, text);
    return 0;
  },
};

export const vaultDelete: CommandNode = {
  name: 'delete',
  summary: 'Delete the data or configuration at a path',
  usage: 'Usage: vault delete [options] PATH',
  args: ['vault-path'],
  run: async (invocation) => {
    expectArgs(invocation.args, 1);
    const path = sanitizePath(invocation.args[0] ?? '');
    await vaultClient(invocation).send(
      { method: 'DELETE', path },
      `Error deleting ${path}: `,
    );
    invocation.shell.knowledge.vaultPaths.delete(path);
    writeLines(
      invocation.io.write,
      `Success! Data deleted (if it existed) at: ${path}`,
    );
    return 0;
  },
};
