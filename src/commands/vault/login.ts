// `vault login [TOKEN]`: looks the token up and keeps it for later
// commands (contract §2.1). A root token fills the app's root token slot.

import { formatLogin } from '../../cli/index.ts';
import { CliFailure, writeLines, type CommandNode } from '../command.ts';
import { expectArgs } from '../usage.ts';
import { noteSecret } from '../shell-state.ts';
import { EXIT_API_ERROR, vaultClient } from './client.ts';
import { lookupSchema } from './schemas.ts';

const LEAD = 'Error authenticating: error looking up token: ';

export const vaultLogin: CommandNode = {
  name: 'login',
  summary: 'Authenticate with a token and keep it for later commands',
  usage: 'Usage: vault login [options] [TOKEN]',
  flags: [
    { name: 'method', kind: 'string' },
    { name: 'path', kind: 'string' },
    { name: 'no-store', kind: 'bool' },
    { name: 'no-print', kind: 'bool' },
    { name: 'token-only', kind: 'bool' },
  ],
  args: ['none'],
  run: async (invocation) => {
    const { args, flags, io, shell, env } = invocation;
    expectArgs(args, 0, 1);
    const method = flags.string('method', 'token');
    if (method !== 'token') {
      throw new CliFailure(
        `Error authenticating: only the token method is available here, ` +
          `not "${method}"`,
        EXIT_API_ERROR,
      );
    }
    const vault = vaultClient(invocation);
    const given = args[0]?.replace(/^token=/, '');
    const token =
      given ??
      (vault.isCurl
        ? ''
        : await io.prompt('Token (will be hidden): ', { isMasked: true }));
    noteSecret(shell, io.secret, token);
    const lookup = await vault.send(
      { method: 'GET', path: 'auth/token/lookup-self', token },
      LEAD,
      lookupSchema,
    );
    if (!flags.bool('no-store')) {
      if (lookup.data.policies.includes('root')) {
        shell.deps.secrets.set({ rootToken: token });
        shell.helperToken = undefined;
      } else {
        shell.helperToken = token;
      }
    }
    if (flags.bool('no-print')) return 0;
    if (flags.bool('token-only')) {
      writeLines(io.write, token);
      return 0;
    }
    if (env.has('VAULT_TOKEN')) writeLines(io.writeError, envTokenWarning);
    writeLines(io.write, formatLogin(lookup, { format: vault.format }));
    return 0;
  },
};

const envTokenWarning =
  'WARNING! VAULT_TOKEN is set in this environment, so later commands ' +
  'keep\nusing that token instead of the one stored by this login.\n';
