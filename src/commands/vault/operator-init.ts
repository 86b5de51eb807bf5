// `vault operator init`: creates the unseal keys and root token and hands
// them to the app's secrets, exactly once (case C1).
// https://developer.hashicorp.com/vault/api-docs/system/init
import { z } from 'zod';

import { ApiError } from '../../api/errors.ts';
import { initResponseSchema } from '../../api/vault/sys-init.ts';
import {
  formatInit,
  formatInitStatus,
  formatResponseError,
} from '../../cli/index.ts';
import { keysLost } from '../../guide/steps/01-init-vault.ts';
import { CliFailure, writeLines, type CommandNode } from '../command.ts';
import type { Invocation } from '../command.ts';
import { expectArgs } from '../usage.ts';
import { noteSecret } from '../shell-state.ts';
import { EXIT_API_ERROR, vaultClient, type VaultClient } from './client.ts';

const LEAD = 'Error initializing: ';
const initStatusSchema = z.looseObject({ initialized: z.boolean() });
const initStatusCall = {
  method: 'GET',
  path: 'sys/init',
  isUnauthenticated: true,
} as const;

export const operatorInit: CommandNode = {
  name: 'init',
  summary: 'Initialize a new Vault server',
  usage: 'Usage: vault operator init [options]',
  flags: [
    { name: 'key-shares', kind: 'int', aliases: ['n'] },
    { name: 'key-threshold', kind: 'int', aliases: ['t'] },
    { name: 'status', kind: 'bool' },
  ],
  args: ['none'],
  run: async (invocation) => {
    expectArgs(invocation.args, 0);
    const vault = vaultClient(invocation);
    if (invocation.flags.bool('status')) return printStatus(invocation, vault);
    const keyShares = invocation.flags.int('key-shares', 5);
    const keyThreshold = invocation.flags.int('key-threshold', 3);
    if (!vault.isCurl) await refuseSecondInit(invocation, vault);
    const answer = await initOnce(invocation, vault, keyShares, keyThreshold);
    const unsealKey = answer.keys_base64[0] ?? answer.keys[0];
    invocation.shell.deps.secrets.set({
      rootToken: answer.root_token,
      ...(unsealKey ? { unsealKey } : {}),
    });
    const { shell, io } = invocation;
    for (const key of [...answer.keys, ...answer.keys_base64]) {
      noteSecret(shell, io.secret, key);
    }
    noteSecret(shell, io.secret, answer.root_token);
    const output = formatInit(answer, {
      keyShares,
      keyThreshold,
      format: vault.format,
    });
    writeLines(io.write, output);
    return 0;
  },
};

async function printStatus(invocation: Invocation, vault: VaultClient) {
  const status = await vault.send(initStatusCall, LEAD, initStatusSchema);
  writeLines(invocation.io.write, formatInitStatus(status.initialized));
  return status.initialized ? 0 : EXIT_API_ERROR;
}

/**
 * Asks first, so a second init is never sent: Vault's refusal is shown
 * with what it means for the keys this tab holds.
 */
async function refuseSecondInit(invocation: Invocation, vault: VaultClient) {
  const status = await vault.send(initStatusCall, LEAD, initStatusSchema);
  if (!status.initialized) return;
  const refusal = formatResponseError({
    method: 'PUT',
    url: vault.url({ method: 'PUT', path: 'sys/init' }),
    status: 400,
    errors: ['Vault is already initialized'],
  });
  throw new CliFailure(
    `${LEAD}${refusal}\n\n${heldKeysNote(invocation)}`,
    EXIT_API_ERROR,
  );
}

function heldKeysNote(invocation: Invocation): string {
  const held = invocation.shell.deps.secrets.get();
  if (held.unsealKey || held.rootToken) {
    return 'This tab holds the unseal key and root token from the first init.';
  }
  return keysLost(invocation.shell.deps.mode).message;
}

async function initOnce(
  invocation: Invocation,
  vault: VaultClient,
  keyShares: number,
  keyThreshold: number,
) {
  const call = {
    method: 'PUT',
    path: 'sys/init',
    body: { secret_shares: keyShares, secret_threshold: keyThreshold },
    isUnauthenticated: true,
  } as const;
  try {
    return await vault.send(call, LEAD, initResponseSchema);
  } catch (failure) {
    if (!isLostAnswer(failure)) throw failure;
    // The answer may be lost although Vault finished: ask, never resend.
    const after = await vault.send(initStatusCall, LEAD, initStatusSchema);
    if (!after.initialized) throw failure;
    const lost = keysLost(invocation.shell.deps.mode).message;
    throw new CliFailure(`${LEAD}${lost}`, EXIT_API_ERROR);
  }
}

function isLostAnswer(failure: unknown): boolean {
  const cause = failure instanceof CliFailure ? failure.cause : undefined;
  return (
    cause instanceof ApiError &&
    (cause.kind !== 'upstream' || cause.status >= 500)
  );
}
