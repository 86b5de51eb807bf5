// `vault lease revoke ID` (contract §8.4): asynchronous unless -sync.
// https://developer.hashicorp.com/vault/api-docs/system/leases
import { formatLeaseRevoke } from '../../cli/index.ts';
import {
  CliFailure,
  EXIT_USAGE,
  writeLines,
  type CommandNode,
} from '../command.ts';
import { expectArgs } from '../usage.ts';
import { vaultClient } from './client.ts';

const leaseRevoke: CommandNode = {
  name: 'revoke',
  summary: 'Revoke a lease (and the credentials behind it)',
  usage: 'Usage: vault lease revoke [options] ID',
  flags: [
    { name: 'sync', kind: 'bool' },
    { name: 'prefix', kind: 'bool' },
    { name: 'force', kind: 'bool', aliases: ['f'] },
  ],
  args: ['vault-path'],
  run: async (invocation) => {
    const { args, flags, io } = invocation;
    expectArgs(args, 1);
    const id = args[0] ?? '';
    const isSync = flags.bool('sync');
    const isPrefix = flags.bool('prefix');
    const isForce = flags.bool('force');
    if (isForce && !isPrefix) {
      throw new CliFailure(
        'Specifying -force requires also specifying -prefix',
        EXIT_USAGE,
      );
    }
    const endpoint = isForce
      ? 'revoke-force'
      : isPrefix
        ? 'revoke-prefix'
        : 'revoke';
    const lead = isPrefix
      ? `Error revoking leases with prefix ${id}: `
      : `Error revoking lease ${id}: `;
    await vaultClient(invocation).send(
      {
        method: 'PUT',
        path: `sys/leases/${endpoint}/${id}`,
        ...(isForce ? {} : { body: { sync: isSync } }),
      },
      lead,
    );
    writeLines(io.write, revokedText(id, { isSync, isPrefix, isForce }));
    return 0;
  },
};

function revokedText(
  id: string,
  how: { isSync: boolean; isPrefix: boolean; isForce: boolean },
): string {
  if (how.isForce)
    return `Success! Force revoked any leases with prefix: ${id}`;
  if (!how.isPrefix) return formatLeaseRevoke(id, { isSync: how.isSync });
  return how.isSync
    ? `Success! Revoked any leases with prefix: ${id}`
    : 'All revocation operations queued successfully!';
}

export const vaultLease: CommandNode = {
  name: 'lease',
  summary: 'Revoke leases',
  usage: 'Usage: vault lease <subcommand> [options] [args]',
  children: [leaseRevoke],
};
