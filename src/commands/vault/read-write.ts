// `vault read PATH` and `vault write PATH [K=V…]`: any logical path,
// printed as the CLI prints secrets (contract §0.5).
import { formatNoValue, formatWriteResult } from '../../cli/index.ts';
import {
  CliFailure,
  EXIT_USAGE,
  writeLines,
  type CommandNode,
} from '../command.ts';
import { expectArgs } from '../usage.ts';
import {
  holdDatabaseCreds,
  noteAnswerSecrets,
  noteBodySecrets,
  sanitizePath,
} from './answer.ts';
import { EXIT_API_ERROR, vaultClient } from './client.ts';
import { kvData } from './kv-builder.ts';
import { printSecretAnswer } from './print-secret.ts';
import { secretSchema } from './schemas.ts';

export const vaultRead: CommandNode = {
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

export const vaultWrite: CommandNode = {
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
