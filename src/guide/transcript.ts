// How the steps write to the terminal: the API answer goes through the
// CLI formatters of src/cli, so the text matches what vault/nomad print.
import { ApiError } from '../api/errors.ts';
import type { SealStatus, InitResponse } from '../api/vault/sys-init.ts';
import type { TokenLookup } from '../api/vault/tokens.ts';
import type { WriteAnswer } from '../api/vault/database.ts';
import {
  formatVaultApiError,
  type VaultCommandName,
} from '../cli/vault/errors.ts';
import { formatInit } from '../cli/vault/init.ts';
import { formatLogin } from '../cli/vault/login.ts';
import { formatUnseal } from '../cli/vault/seal-status.ts';
import { formatSecret } from '../cli/vault/secret.ts';
import {
  formatPolicyWrite,
  formatSecretsEnable,
  formatWriteResult,
} from '../cli/vault/success.ts';
import type { VaultSecret } from '../cli/vault/types.ts';
import type { StepContext, TranscriptEntry } from './types.ts';

export { nomadOutput } from './transcript-nomad.ts';

export const addresses = {
  vault: 'http://127.0.0.1:8200',
  nomad: 'http://127.0.0.1:4646',
};

/** Sets the addresses the CLI echoes show (live mode reads /api/mode). */
export function configureAddresses(next: {
  vaultAddr?: string;
  nomadAddr?: string;
}): void {
  if (next.vaultAddr) addresses.vault = next.vaultAddr;
  if (next.nomadAddr) addresses.nomad = next.nomadAddr;
}

export const vaultOutput = {
  init: (answer: InitResponse) =>
    formatInit(answer, { keyShares: 1, keyThreshold: 1 }),
  sealStatus: (status: SealStatus) => formatUnseal(status),
  login: (lookup: TokenLookup) => formatLogin(lookup),
  secret: (answer: VaultSecret) => formatSecret(answer),
  policyWritten: (name: string) => formatPolicyWrite(name),
  written: (path: string, answer: WriteAnswer) =>
    formatWriteResult(answer, path),
  secretsEnabled: (type: string, path: string) =>
    formatSecretsEnable(type, path),
  /** The CLI's stderr for a refused call of `vault <command> [path]`. */
  error: (command: VaultCommandName, error: ApiError, path?: string) =>
    formatVaultApiError({
      command,
      path,
      method: error.method,
      url: addresses.vault + error.path,
      status: error.status,
      errors: error.errors,
    }),
};

export interface TranscriptSpec {
  command: string;
  /** CLI error output when the backend refused; undefined to skip. */
  failure: (error: ApiError) => string | undefined;
  secrets?: string[];
}

/**
 * Runs `action` and echoes `command` with its output: `render` on
 * success, the CLI's error text when the backend answered with an error.
 */
export async function withTranscript<T>(
  ctx: StepContext,
  spec: TranscriptSpec,
  action: () => Promise<T>,
  render: (result: T) => { output: string; secrets?: string[] },
): Promise<T> {
  const secrets = spec.secrets ?? [];
  let result: T;
  try {
    result = await action();
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'upstream') {
      const output = spec.failure(error);
      if (output !== undefined) {
        ctx.emit(entry(spec.command, output, secrets, true));
      }
    }
    throw error;
  }
  const shown = render(result);
  ctx.emit(
    entry(spec.command, shown.output, [...secrets, ...(shown.secrets ?? [])]),
  );
  return result;
}

function entry(
  command: string,
  output: string,
  secrets: string[],
  isError = false,
): TranscriptEntry {
  return {
    command,
    output,
    ...(isError ? { isError } : {}),
    ...(secrets.length > 0 ? { secrets } : {}),
  };
}
