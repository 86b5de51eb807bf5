// A Vault answer as `vault read` prints it: table, JSON or one field.
import { formatSecret, secretHasField } from '../../cli/index.ts';
import { CliFailure, writeLines, type Invocation } from '../command.ts';
import type { VaultClient } from './client.ts';
import type { SecretAnswer } from './schemas.ts';

/** Prints the answer; a `-field` the answer lacks exits 1. */
export function printSecretAnswer(
  invocation: Invocation,
  vault: VaultClient,
  answer: SecretAnswer,
): number {
  const { field } = vault;
  if (field !== undefined && !secretHasField(answer, field)) {
    throw new CliFailure(`Field "${field}" not present in secret`, 1);
  }
  const options = { format: vault.format, field };
  writeLines(invocation.io.write, formatSecret(answer, options));
  return 0;
}
