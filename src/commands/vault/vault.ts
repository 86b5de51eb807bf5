// The `vault` program: its subcommands, global flags and usage listing.
import { writeLines, type CommandNode, type Invocation } from '../command.ts';
import { dispatch, type InvocationBase } from '../dispatch.ts';
import { listingText } from '../usage.ts';
import { vaultClient, vaultGlobalFlags } from './client.ts';
import { vaultLease } from './lease.ts';
import { vaultDelete, vaultList } from './list-delete.ts';
import { vaultLogin } from './login.ts';
import { operatorInit } from './operator-init.ts';
import { vaultPolicy } from './policy.ts';
import { operatorUnseal, vaultStatus } from './seal.ts';
import { vaultRead, vaultWrite } from './read-write.ts';
import { vaultSecrets } from './secrets.ts';
import { vaultToken } from './token.ts';

const vaultOperator: CommandNode = {
  name: 'operator',
  summary: 'Initialize and unseal Vault',
  usage: 'Usage: vault operator <subcommand> [options] [args]',
  children: [operatorInit, operatorUnseal],
};

const vaultPrint: CommandNode = {
  name: 'print',
  summary: 'Print values the CLI holds',
  usage: 'Usage: vault print <subcommand>',
  children: [
    {
      name: 'token',
      summary: 'Print the token the CLI uses',
      usage: 'Usage: vault print token',
      args: ['none'],
      run: async (invocation: Invocation) => {
        const token = vaultClient(invocation).token() ?? '';
        invocation.io.secret(token);
        writeLines(invocation.io.write, token);
        return 0;
      },
    },
  ],
};

export const vaultProgram: CommandNode = {
  name: 'vault',
  summary: 'Talk to Vault as the vault CLI does',
  usage: 'Usage: vault <command> [args]',
  children: [
    vaultDelete,
    vaultList,
    vaultRead,
    vaultWrite,
    vaultLease,
    vaultLogin,
    vaultOperator,
    vaultPolicy,
    vaultPrint,
    vaultSecrets,
    vaultStatus,
    vaultToken,
  ],
};

export function runVault(
  argv: readonly string[],
  base: InvocationBase,
): Promise<number> {
  return dispatch(vaultProgram, argv, base, {
    globalFlags: vaultGlobalFlags,
    groupUsage: (group, path) =>
      listingText(
        group.usage ?? `Usage: ${path.join(' ')} <subcommand>`,
        group.children ?? [],
      ),
  });
}
