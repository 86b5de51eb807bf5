// CLI-faithful output for the terminal and transcript. Every formatter is
// pure: give it API answers (and `now` where times are relative), get the
// exact text the real `vault` / `nomad` CLI writes, minus the final
// newline. Secrets in the text are the caller's to mask.
export { formatNomadCurl, formatVaultCurl } from './curl.ts';
export type { CurlInput, VaultCurlInput } from './curl.ts';

export { humanDuration } from './vault/duration.ts';
export {
  formatNoValue,
  formatResponseError,
  formatVaultApiError,
  vaultApiErrorExitCode,
} from './vault/errors.ts';
export type { VaultApiErrorInput, VaultCommandName } from './vault/errors.ts';
export { formatInit, formatInitStatus } from './vault/init.ts';
export type { InitOutputOptions } from './vault/init.ts';
export { authFromLookup, formatLogin } from './vault/login.ts';
export {
  formatSealStatus,
  formatStatus,
  formatUnseal,
} from './vault/seal-status.ts';
export type { SealStatusOptions } from './vault/seal-status.ts';
export {
  formatSecret,
  formatSecretField,
  secretHasField,
  secretRows,
} from './vault/secret.ts';
export type { SecretOutputOptions } from './vault/secret.ts';
export {
  formatLeaseRevoke,
  formatNoPolicy,
  formatPolicyDelete,
  formatPolicyWrite,
  formatSecretsEnable,
  formatWriteResult,
  formatWriteSuccess,
} from './vault/success.ts';
export { formatVaultColumns, formatVaultTable } from './vault/table.ts';
export { formatTokenCreate } from './vault/token.ts';
export type * from './vault/types.ts';

export {
  formatAllocationAddresses,
  formatAllocStatus,
} from './nomad/alloc-status.ts';
export type { AllocStatusOptions } from './nomad/alloc-status.ts';
export { formatDeployment } from './nomad/deployment.ts';
export {
  formatHclDiagnostics,
  formatJobParseError,
  formatJobSubmitError,
  formatNoAllocation,
  formatNoJob,
  formatUnexpectedResponse,
} from './nomad/errors.ts';
export type { HclDiagnostic } from './nomad/errors.ts';
export {
  formatJobRun,
  formatJobRunDetached,
  jobRunExitCode,
} from './nomad/job-run.ts';
export type { JobRunInput } from './nomad/job-run.ts';
export { formatAllocationList, formatJobStatus } from './nomad/job-status.ts';
export type { JobStatusInput } from './nomad/job-status.ts';
export type { TaskUsage } from './nomad/task-resources.ts';
export {
  formatNanoTime,
  formatNomadTime,
  prettyTimeDiff,
  shortId,
} from './nomad/time.ts';
export type * from './nomad/types.ts';
