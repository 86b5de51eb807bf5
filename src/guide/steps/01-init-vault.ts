import { ApiError } from '../../api/errors.ts';
import {
  initVault,
  readInitStatus,
  type InitResponse,
} from '../../api/vault/sys-init.ts';
import { StepError } from '../step-error.ts';
import { vaultOutput, withTranscript } from '../transcript.ts';
import type { Mode, Step, StepContext } from '../types.ts';

const COMMAND = 'vault operator init -key-shares=1 -key-threshold=1';

export const initVaultStep: Step = {
  number: 1,
  slug: 'init-vault',
  title: 'Initialize Vault',
  explanation: [
    'A new Vault server stores nothing yet and cannot decrypt its own ' +
      'storage. Initializing it creates the encryption root, splits the key ' +
      'that protects it into unseal key shares, and issues a first root token.',
    'This guide asks for a single share with a threshold of one, which is ' +
      'handy for learning. A production Vault would spread several shares ' +
      'across different people.',
  ],
  watchFor: [
    'Vault prints the unseal key and the root token exactly once. Save ' +
      'them before leaving this step: nobody, not even Vault, can show them ' +
      'again.',
    'Running this step again never re-initializes Vault; it only checks ' +
      'whether Vault is already initialized.',
  ],
  files: [],
  commands: () => [COMMAND],
  run: async (ctx) => {
    const held = ctx.secrets.get();
    const before = await readInitStatus();
    if (before.initialized) {
      if (!held.unsealKey && !held.rootToken) throw keysLost(ctx.mode);
      return {
        message:
          'Done: Vault was already initialized; this tab holds its keys.',
      };
    }
    const answer = await initOnce(ctx);
    const unsealKey = answer.keys_base64[0] ?? answer.keys[0];
    ctx.secrets.set({
      rootToken: answer.root_token,
      ...(unsealKey ? { unsealKey } : {}),
    });
    return { message: 'Done: Vault is initialized. Save the key and token.' };
  },
  check: async (ctx) => {
    const { initialized } = await readInitStatus();
    const held = ctx.secrets.get();
    const keys = held.unsealKey ? 'key held in this tab' : 'no key held';
    return {
      isDone: initialized,
      detail: initialized
        ? `initialized: true (${keys})`
        : 'initialized: false',
    };
  },
};

/** One PUT only: when its answer is lost, ask Vault what happened. */
async function initOnce(ctx: StepContext): Promise<InitResponse> {
  try {
    return await withTranscript(
      ctx,
      {
        command: COMMAND,
        failure: (e) => vaultOutput.error('operator init', e),
      },
      () => initVault({ secretShares: 1, secretThreshold: 1 }),
      (answer) => ({
        output: vaultOutput.init(answer),
        secrets: [...answer.keys_base64, ...answer.keys, answer.root_token],
      }),
    );
  } catch (error) {
    if (!isLostAnswer(error)) throw error;
    const after = await readInitStatus();
    if (after.initialized) throw keysLost(ctx.mode);
    throw error;
  }
}

function isLostAnswer(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.kind !== 'upstream' || error.status >= 500)
  );
}

/** Case C1: Vault is initialized but its keys never reached this tab. */
export function keysLost(mode: Mode): StepError {
  const remedy =
    mode === 'live'
      ? 'Stop Vault, delete its storage (the data directory or backend ' +
        'named in its config), start it again and rerun this step.'
      : 'Reset the lab (this wipes Vault, Nomad and the database) and rerun ' +
        'this step.';
  return new StepError(
    'vault-keys-lost',
    'Vault is already initialized, but this tab holds no unseal key or ' +
      'root token. Vault shows them only once, at initialization, so they ' +
      `cannot be recovered. ${remedy}`,
  );
}
