// `vault read|write|list|delete PATH`: any logical path, printed as the
// CLI prints secrets (contract §0.5).
import {
  formatNoValue,
  formatVaultColumns,
  formatWriteResult,
} from '../../cli/index.ts';
import { goJson } from '../../cli/shared/go-json.ts';
import {
  CliFailure,
  EXIT_USAGE,
  writeLines,
  type CommandNode,
  type Invocation,
} from '../command.ts';
import { expectArgs } from '../dispatch.ts';
import { readFile } from '../shell-state.ts';
import {
  holdDatabaseCreds,
  noteAnswerSecrets,
  noteBodySecrets,
  sanitizePath,
} from './answer.ts';
import { EXIT_API_ERROR, vaultClient } from './client.ts';
import { printSecretAnswer } from './print-secret.ts';
import { buildKvData, KvError } from './kv-builder.ts';
import { keysSchema, secretSchema } from './schemas.ts';

function kvData(invocation: Invocation, args: readonly string[]) {
  try {
    return buildKvData(args, {
      file: (name) => readFile(invocation.shell, name),
      stdin: invocation.stdin,
    });
  } catch (error) {
    if (!(error instanceof KvError)) throw error;
    throw new CliFailure(`Failed to parse K=V data: ${error.message}`, 1);
  }
}

const vaultRead: CommandNode = {
  name: 'read',
  summary: 'Read data or a secret from a path',
  usage: 'Usage: vault read [options] PATH',
  args: ['vault-path', 'vault-kv'],
  run: async (invocation) => {
    const [rawPath, ...rest] = invocation.args;
    expectArgs(invocation.args, 1, Infinity);
    const path = sanitizePath(rawPath ?? '');
    const query = Object.fromEntries(
      Object.entries(kvData(invocation, rest)).map(([k, v]) => [k, String(v)]),
    );
    const vault = vaultClient(invocation);
    const answer = await vault.sendOrNull(
      { method: 'GET', path, query },
      `Error reading ${path}: `,
      secretSchema,
    );
    if (!answer) throw new CliFailure(formatNoValue(path), EXIT_API_ERROR);
    invocation.shell.knowledge.vaultPaths.add(path);
    noteAnswerSecrets(invocation, answer);
    holdDatabaseCreds(invocation, path, answer);
    return printSecretAnswer(invocation, vault, answer);
  },
};

const vaultWrite: CommandNode = {
  name: 'write',
  summary: 'Write data, configuration or secrets to a path',
  usage: 'Usage: vault write [options] PATH [DATA K=V...]',
  flags: [{ name: 'force', kind: 'bool', aliases: ['f'] }],
  args: ['vault-path', 'vault-kv'],
  run: async (invocation) => {
    const [rawPath, ...rest] = invocation.args;
    expectArgs(invocation.args, 1, Infinity);
    if (rest.length === 0 && !invocation.flags.bool('force')) {
      throw new CliFailure('Must supply data or use -force', EXIT_USAGE);
    }
    const path = sanitizePath(rawPath ?? '');
    const body = kvData(invocation, rest);
    noteBodySecrets(invocation, body);
    const vault = vaultClient(invocation);
    const answer = await vault.send(
      { method: 'PUT', path, body },
      `Error writing data to ${path}: `,
      secretSchema,
    );
    invocation.shell.knowledge.vaultPaths.add(path);
    noteAnswerSecrets(invocation, answer);
    if (answer && vault.field !== undefined) {
      return printSecretAnswer(invocation, vault, answer);
    }
    const options = { format: vault.format };
    writeLines(invocation.io.write, formatWriteResult(answer, path, options));
    return 0;
  },
};

const vaultList: CommandNode = {
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
        : formatVaultColumns(['Keys'], keys.map((key) => [key]));
    writeLines(invocation.io.write, text);
    return 0;
  },
};

const vaultDelete: CommandNode = {
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

export const logicalCommands = [vaultDelete, vaultList, vaultRead, vaultWrite];
