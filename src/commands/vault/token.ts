// `vault token create` and `vault token lookup` (contract §5–6).
// https://developer.hashicorp.com/vault/api-docs/auth/token
import { formatTokenCreate } from '../../cli/index.ts';
import {
  CliFailure,
  writeLines,
  type CommandNode,
  type Invocation,
} from '../command.ts';
import { expectArgs } from '../usage.ts';
import { noteAnswerSecrets } from './answer.ts';
import { vaultClient } from './client.ts';
import { goDuration, parseFlagDuration } from './duration.ts';
import { secretSchema } from './schemas.ts';
import { printSecretAnswer } from './print-secret.ts';

/** The policy whose tokens fill the app's Nomad server token slot. */
const SERVER_POLICY = 'nomad-server';

const tokenCreate: CommandNode = {
  name: 'create',
  summary: 'Create a new token',
  usage: 'Usage: vault token create [options]',
  flags: [
    { name: 'policy', kind: 'list' },
    { name: 'period', kind: 'string' },
    { name: 'orphan', kind: 'bool' },
    { name: 'role', kind: 'string' },
    { name: 'ttl', kind: 'string' },
    { name: 'explicit-max-ttl', kind: 'string' },
    { name: 'display-name', kind: 'string' },
    { name: 'no-default-policy', kind: 'bool' },
    { name: 'renewable', kind: 'bool' },
    { name: 'use-limit', kind: 'int' },
    { name: 'type', kind: 'string' },
    { name: 'metadata', kind: 'list' },
    { name: 'id', kind: 'string' },
    { name: 'entity-alias', kind: 'string' },
  ],
  args: ['none'],
  run: async (invocation) => {
    expectArgs(invocation.args, 0);
    const role = invocation.flags.string('role');
    const body = createBody(invocation);
    const vault = vaultClient(invocation);
    const path = role
      ? `auth/token/create/${encodeURIComponent(role)}`
      : 'auth/token/create';
    const answer = await vault.send(
      { method: 'POST', path, body, keepKeyOrder: true },
      'Error creating token: ',
      secretSchema,
    );
    if (!answer) return 0;
    noteAnswerSecrets(invocation, answer);
    const token = answer.auth?.client_token;
    if (token && !role && answer.auth?.policies?.includes(SERVER_POLICY)) {
      invocation.shell.deps.secrets.set({ serverToken: token });
    }
    if (vault.field !== undefined) {
      return printSecretAnswer(invocation, vault, answer);
    }
    const output = formatTokenCreate(answer, { format: vault.format });
    writeLines(invocation.io.write, output);
    return 0;
  },
};

/** api.TokenCreateRequest in Go field order, as the CLI sends it. */
function createBody(invocation: Invocation): Record<string, unknown> {
  const { flags } = invocation;
  const seconds = (name: string) =>
    goDuration(parseFlagDuration(name, flags.string(name)));
  const policies = flags.list('policy').flatMap((p) => p.split(','));
  const metadata = Object.fromEntries(
    flags.list('metadata').map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) {
        throw new CliFailure(`Invalid metadata: ${pair}`, 1);
      }
      return [pair.slice(0, equals), pair.slice(equals + 1)];
    }),
  );
  return {
    ...(flags.string('id') ? { id: flags.string('id') } : {}),
    ...(policies.length > 0 ? { policies } : {}),
    ...(Object.keys(metadata).length > 0 ? { meta: metadata } : {}),
    ttl: seconds('ttl'),
    explicit_max_ttl: seconds('explicit-max-ttl'),
    period: seconds('period'),
    ...(flags.bool('orphan') ? { no_parent: true } : {}),
    ...(flags.bool('no-default-policy') ? { no_default_policy: true } : {}),
    display_name: flags.string('display-name'),
    num_uses: flags.int('use-limit'),
    renewable: flags.bool('renewable', true),
    type: flags.string('type', 'service'),
    entity_alias: flags.string('entity-alias'),
  };
}

const tokenLookup: CommandNode = {
  name: 'lookup',
  summary: "Show a token's properties (your own without an argument)",
  usage: 'Usage: vault token lookup [options] [TOKEN | ACCESSOR]',
  flags: [{ name: 'accessor', kind: 'bool' }],
  args: ['none'],
  run: async (invocation) => {
    const { args, flags } = invocation;
    expectArgs(args, 0, 1);
    const [given] = args;
    const vault = vaultClient(invocation);
    const call =
      given === undefined
        ? { method: 'GET' as const, path: 'auth/token/lookup-self' }
        : flags.bool('accessor')
          ? lookupCall('lookup-accessor', { accessor: given })
          : lookupCall('lookup', { token: given });
    if (given && !flags.bool('accessor')) {
      noteAnswerSecrets(invocation, { data: { token: given } });
    }
    const answer = await vault.send(
      call,
      'Error looking up token: ',
      secretSchema,
    );
    if (!answer) return 0;
    noteAnswerSecrets(invocation, answer);
    return printSecretAnswer(invocation, vault, answer);
  },
};

function lookupCall(endpoint: string, body: Record<string, string>) {
  return { method: 'POST' as const, path: `auth/token/${endpoint}`, body };
}

export const vaultToken: CommandNode = {
  name: 'token',
  summary: 'Create and look up tokens',
  usage: 'Usage: vault token <subcommand> [options] [args]',
  children: [tokenCreate, tokenLookup],
};
