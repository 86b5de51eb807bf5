import { readSealStatus, unsealVault } from '../../api/vault/sys-init.ts';
import { requireSecret } from '../context.ts';
import { StepError } from '../step-error.ts';
import { vaultOutput, withTranscript } from '../transcript.ts';
import type { Step } from '../types.ts';

export const unsealVaultStep: Step = {
  number: 2,
  slug: 'unseal-vault',
  title: 'Unseal Vault',
  explanation: [
    'After initialization, and after every restart, Vault starts sealed: ' +
      'it knows where its data is but holds no key to read it. Until it is ' +
      'unsealed it answers every request except a few status calls with ' +
      '"Vault is sealed".',
    'Handing it the unseal key share from step 1 lets Vault rebuild its ' +
      'root key in memory. With a threshold of one, one share is enough.',
  ],
  watchFor: [
    'The output should say "Sealed false". Restarting Vault seals it ' +
      'again, and Nomad then loses access to it until you unseal.',
  ],
  files: [],
  commands: () => ['vault operator unseal <unseal key>'],
  run: async (ctx) => {
    const key = requireSecret(ctx, 'unsealKey');
    const status = await withTranscript(
      ctx,
      {
        command: `vault operator unseal ${key}`,
        secrets: [key],
        failure: (e) => vaultOutput.error('operator unseal', e),
      },
      () => unsealVault(key),
      (answer) => ({ output: vaultOutput.sealStatus(answer) }),
    );
    if (status.sealed) {
      // Vault was initialized with more shares than the guide's one (for
      // example by a typed `vault operator init` with its defaults).
      const missing = status.t - status.progress;
      throw new StepError(
        'unseal-incomplete',
        `Vault is still sealed: it has ${status.progress} of the ` +
          `${status.t} key shares it needs. Enter ${missing} more in the ` +
          'terminal with `vault operator unseal`, or reset the lab and ' +
          'initialize it with one share in step 1.',
      );
    }
    return { message: 'Done: Vault is unsealed.' };
  },
  check: async () => {
    const status = await readSealStatus();
    return {
      isDone: status.initialized && !status.sealed,
      detail: `sealed: ${status.sealed}`,
    };
  },
};
