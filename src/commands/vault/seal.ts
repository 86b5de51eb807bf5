// `vault status` and `vault operator unseal [KEY]`: the seal status table
// (contract §1.3–1.4).
// https://developer.hashicorp.com/vault/api-docs/system/unseal
import { sealStatusSchema } from '../../api/vault/sys-init.ts';
import { formatStatus, formatUnseal } from '../../cli/index.ts';
import { writeLines, type CommandNode } from '../command.ts';
import { expectArgs } from '../usage.ts';
import { noteSecret } from '../shell-state.ts';
import { EXIT_API_ERROR, vaultClient } from './client.ts';

export const vaultStatus: CommandNode = {
  name: 'status',
  summary: 'Show whether Vault is initialized and sealed',
  usage: 'Usage: vault status [options]',
  args: ['none'],
  run: async (invocation) => {
    expectArgs(invocation.args, 0);
    const vault = vaultClient(invocation);
    const status = await vault.send(
      { method: 'GET', path: 'sys/seal-status', isUnauthenticated: true },
      'Error checking seal status: ',
      sealStatusSchema,
    );
    writeLines(
      invocation.io.write,
      formatStatus(status, { format: vault.format }),
    );
    return status.sealed ? EXIT_API_ERROR : 0;
  },
};

export const operatorUnseal: CommandNode = {
  name: 'unseal',
  summary: 'Give Vault one unseal key share',
  usage: 'Usage: vault operator unseal [options] [KEY]',
  flags: [
    { name: 'reset', kind: 'bool' },
    { name: 'migrate', kind: 'bool' },
  ],
  args: ['none'],
  run: async (invocation) => {
    const { args, flags, io, shell } = invocation;
    expectArgs(args, 0, 1);
    const vault = vaultClient(invocation);
    const isReset = flags.bool('reset');
    let key = args[0];
    if (key === undefined && !isReset && !vault.isCurl) {
      key = await io.prompt('Unseal Key (will be hidden): ', {
        isMasked: true,
      });
    }
    noteSecret(shell, io.secret, key);
    const status = await vault.send(
      {
        method: 'PUT',
        path: 'sys/unseal',
        body: isReset ? { reset: true } : { key: key ?? '' },
        isUnauthenticated: true,
      },
      'Error unsealing: ',
      sealStatusSchema,
    );
    const held = shell.deps.secrets.get();
    if (key && !held.unsealKey && (status.progress > 0 || !status.sealed)) {
      shell.deps.secrets.set({ unsealKey: key });
    }
    writeLines(io.write, formatUnseal(status, { format: vault.format }));
    return 0;
  },
};
