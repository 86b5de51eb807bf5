// `vault policy write|read|list|delete` on sys/policies/acl (contract §3).
// https://developer.hashicorp.com/vault/api-docs/system/policies
import { z } from 'zod';

import {
  formatNoPolicy,
  formatPolicyDelete,
  formatPolicyWrite,
} from '../../cli/index.ts';
import { goJson } from '../../cli/shared/go-json.ts';
import { CliFailure, writeLines, type CommandNode } from '../command.ts';
import { expectArgs } from '../usage.ts';
import { readFile, type Shell } from '../shell-state.ts';
import { EXIT_API_ERROR, vaultClient } from './client.ts';
import { envelopeSchema } from '../../api/vault/envelope.ts';
import { keysSchema } from './schemas.ts';

const policySchema = envelopeSchema(
  z.looseObject({ name: z.string(), policy: z.string() }),
);

function policyPath(name: string): string {
  return `sys/policies/acl/${encodeURIComponent(name)}`;
}

/** Tab offers the name, and its path to `vault read`. */
function learnPolicy(shell: Shell, name: string): void {
  shell.knowledge.policies.add(name);
  shell.knowledge.vaultPaths.add(`sys/policies/acl/${name}`);
}

const policyWrite: CommandNode = {
  name: 'write',
  summary: 'Upload a policy from a file (or - for standard input)',
  usage: 'Usage: vault policy write [options] NAME PATH',
  args: ['policy', 'file'],
  run: async (invocation) => {
    const { args, io, shell, stdin } = invocation;
    expectArgs(args, 2);
    const name = (args[0] ?? '').trim().toLowerCase();
    const source = args[1] ?? '';
    const policy = source === '-' ? (stdin ?? '') : readFile(shell, source);
    if (policy === undefined) {
      throw new CliFailure(
        `Error opening policy file: open ${source}: no such file or directory`,
        1,
      );
    }
    const vault = vaultClient(invocation);
    await vault.send(
      { method: 'PUT', path: policyPath(name), body: { policy } },
      'Error uploading policy: ',
    );
    learnPolicy(invocation.shell, name);
    writeLines(io.write, formatPolicyWrite(name));
    return 0;
  },
};

const policyRead: CommandNode = {
  name: 'read',
  summary: 'Print the text of a policy',
  usage: 'Usage: vault policy read [options] [NAME]',
  args: ['policy'],
  run: async (invocation) => {
    const { args, io } = invocation;
    expectArgs(args, 1);
    const name = (args[0] ?? '').trim().toLowerCase();
    const vault = vaultClient(invocation);
    const answer = await vault.sendOrNull(
      { method: 'GET', path: policyPath(name) },
      `Error reading policy named ${name}: `,
      policySchema,
    );
    if (!answer || answer.data.policy === '') {
      throw new CliFailure(formatNoPolicy(name), EXIT_API_ERROR);
    }
    if (vault.format === 'json') {
      writeLines(io.write, goJson({ policy: answer.data.policy }));
    } else {
      writeLines(io.write, answer.data.policy);
    }
    return 0;
  },
};

const policyList: CommandNode = {
  name: 'list',
  summary: 'List the names of the policies',
  usage: 'Usage: vault policy list [options]',
  args: ['none'],
  run: async (invocation) => {
    expectArgs(invocation.args, 0);
    const vault = vaultClient(invocation);
    const answer = await vault.send(
      { method: 'LIST', path: 'sys/policies/acl' },
      'Error listing policies: ',
      keysSchema,
    );
    const names = answer.data.keys;
    names.forEach((name) => learnPolicy(invocation.shell, name));
    const text = vault.format === 'json' ? goJson(names) : names.join('\n');
    writeLines(invocation.io.write, text);
    return 0;
  },
};

const policyDelete: CommandNode = {
  name: 'delete',
  summary: 'Delete a policy',
  usage: 'Usage: vault policy delete [options] NAME',
  args: ['policy'],
  run: async (invocation) => {
    expectArgs(invocation.args, 1);
    const name = (invocation.args[0] ?? '').trim().toLowerCase();
    await vaultClient(invocation).send(
      { method: 'DELETE', path: policyPath(name) },
      `Error deleting ${name}: `,
    );
    invocation.shell.knowledge.policies.delete(name);
    writeLines(invocation.io.write, formatPolicyDelete(name));
    return 0;
  },
};

export const vaultPolicy: CommandNode = {
  name: 'policy',
  summary: 'Write, read, list and delete ACL policies',
  usage: 'Usage: vault policy <subcommand> [options] [args]',
  children: [policyDelete, policyList, policyRead, policyWrite],
};
