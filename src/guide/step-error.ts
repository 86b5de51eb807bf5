// Failures the guide itself detects, each worded for the learner.

export type StepErrorCode =
  /** Vault is initialized but this tab holds no keys (case C1). */
  | 'vault-keys-lost'
  /** A value from an earlier step (key, token) is not held. */
  | 'missing-secret'
  /** A step file the learner edited is not valid JSON/HCL. */
  | 'invalid-file'
  /** The token role would make Nomad refuse to start (case C5). */
  | 'token-role-unfit'
  /** Nomad's agent does not show the vault block yet (live mode). */
  | 'vault-block-missing'
  /** A task waits on a Vault path its policy does not grant (C6). */
  | 'template-blocked'
  /** Nomad could not place or start the job's allocation. */
  | 'allocation-failed'
  /** The allocation was still not running when we stopped waiting. */
  | 'allocation-slow'
  /** Vault took the key share but needs more before it unseals. */
  | 'unseal-incomplete';

export class StepError extends Error {
  readonly code: StepErrorCode;
  /** The step that fixes it, when it is not the current one. */
  readonly nextStep: number | undefined;
  /** Raw facts behind the message (task events, paths). */
  readonly details: string[];

  constructor(
    code: StepErrorCode,
    message: string,
    options: { nextStep?: number; details?: string[] } = {},
  ) {
    super(message);
    this.name = 'StepError';
    this.code = code;
    this.nextStep = options.nextStep;
    this.details = options.details ?? [];
  }
}

export function isStepError(error: unknown): error is StepError {
  return error instanceof StepError;
}
