// Turns any failure of a step into plain words and the step that fixes it.
import {
  ApiError,
  UnexpectedResponseError,
  type Backend,
} from '../api/errors.ts';
import { backendReason } from './backend-reason.ts';
import { describeDatabaseLogin } from './database-errors.ts';
import { describeProxyAnswer, describeUnreachable } from './proxy-errors.ts';
import { isStepError } from './step-error.ts';
import { describeStandby, isStandbyAnswer } from './vault-standby.ts';

export interface ErrorDescription {
  message: string;
  /** The step to go to, when the fix lies elsewhere. */
  nextStep?: number;
}

/** What the app knows beyond the error itself. */
export interface ErrorFacts {
  /** Nomad's servers were given a Vault token (step 7 done). */
  isNomadUsingVault?: boolean;
}

const backendNames: Record<Backend, string> = {
  vault: 'Vault',
  nomad: 'Nomad',
  lab: 'The lab',
  web: 'The web app',
};

export { backendReason, redact } from './backend-reason.ts';

// The same names inside a sentence.
const inlineNames: Record<Backend, string> = {
  vault: 'Vault',
  nomad: 'Nomad',
  lab: 'the lab',
  web: 'the web app',
};

/**
 * Describes `error` for the status region of step `step`. Without facts,
 * a step after 7 assumes Nomad was configured to use Vault.
 */
export function describeError(
  error: unknown,
  step: number | { number: number },
  facts: ErrorFacts = {},
): ErrorDescription {
  const stepNumber = typeof step === 'number' ? step : step.number;
  if (isStepError(error)) {
    return withNext(error.message, error.nextStep, stepNumber);
  }
  if (error instanceof ApiError) {
    const isNomadUsingVault = facts.isNomadUsingVault ?? stepNumber > 7;
    return describeApiError(error, stepNumber, isNomadUsingVault);
  }
  if (error instanceof UnexpectedResponseError) {
    const who = backendNames[error.backend];
    return {
      message:
        `${who} answered ${error.method} ${error.path} in a shape this ` +
        `app does not expect: ${error.issues.join('; ')}.`,
    };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

function describeApiError(
  error: ApiError,
  step: number,
  isNomadUsingVault: boolean,
): ErrorDescription {
  const who = backendNames[error.backend];
  const inline = inlineNames[error.backend];
  const reason = backendReason(error.errors) || `HTTP ${error.status}`;
  switch (error.kind) {
    case 'unreachable':
      return describeUnreachable(error, inline, reason);
    case 'proxy':
      return describeProxyAnswer(error, inline, reason, step);
    case 'timeout':
      return {
        message:
          `${who} did not answer in time (${reason}). Nothing was sent ` +
          `twice; check that ${inline} is running, then run the step again.`,
      };
    case 'network':
      return {
        message:
          `The request to ${inline} got no answer (${reason}). Check that ` +
          "the app's server is still running.",
      };
    case 'upstream':
      break;
  }
  if (error.backend === 'vault') {
    return describeVault(error, reason, step, isNomadUsingVault);
  }
  if (error.backend === 'lab') {
    const isRoleProblem = /^Role /.test(reason);
    return withNext(
      `Nomad refused the vault block: ${reason}`,
      isRoleProblem ? 5 : undefined,
      step,
    );
  }
  if (error.backend === 'web') {
    return withNext(
      `The web app did not answer /names: ${reason}`,
      step === 15 ? 14 : undefined,
      step,
    );
  }
  return { message: `${who} said no: ${reason}` };
}

function describeVault(
  error: ApiError,
  reason: string,
  step: number,
  isNomadUsingVault: boolean,
): ErrorDescription {
  if (isStandbyAnswer(error)) return describeStandby(error);
  if (error.status === 503 || error.says('Vault is sealed')) {
    const nomadNote = isNomadUsingVault
      ? ' Nomad was configured to use Vault in step 7: after unsealing, ' +
        'its servers may need a restart or a SIGHUP (kill -HUP <pid>) to ' +
        'pick Vault up again.'
      : '';
    // A sealed Vault answers with exactly that sentence: quote only others.
    const quoted = reason === 'Vault is sealed' ? '' : ` (${reason})`;
    return withNext(
      `Vault is sealed: it refuses everything except unsealing${quoted}. ` +
        'Unseal it in step 2 (a Vault that is not initialized yet starts ' +
        `at step 1).${nomadNote}`,
      2,
      step,
    );
  }
  if (error.status === 501 || error.says('Vault is not initialized')) {
    return withNext(
      `Vault is not initialized yet (${reason}). Initialize it in step 1.`,
      1,
      step,
    );
  }
  if (error.says('Vault is already initialized')) {
    return {
      message:
        'Vault is already initialized, and it shows the unseal key and ' +
        'root token only once. If you saved them, enter them; if not, ' +
        'Vault must be reset (wiped) and initialized again.',
    };
  }
  if (error.status === 429) return describeRateLimit(error, reason);
  const databaseLogin = describeDatabaseLogin(reason);
  if (databaseLogin) {
    return withNext(databaseLogin.message, databaseLogin.nextStep, step);
  }
  if (error.status === 403) {
    return withNext(
      `Vault said no: ${reason}. ${usedToken(error)} Log in with the root ` +
        'token in step 3.',
      3,
      step,
    );
  }
  return { message: `Vault said no: ${reason}` };
}

// F11: a rate-limit quota answers 429 and says when to come back.
function describeRateLimit(error: ApiError, reason: string) {
  const wait =
    error.retryAfterSeconds === undefined
      ? 'Wait a little, then run the step again.'
      : `It asked to wait ${error.retryAfterSeconds} s; Run is available ` +
        'again when the countdown ends.';
  return {
    message: `Vault is limiting how fast it accepts requests (${reason}). ${wait}`,
  };
}

function usedToken(error: ApiError): string {
  switch (error.tokenRole) {
    case 'no token':
      return 'The request carried no token at all.';
    case undefined:
      return '';
    default:
      return (
        `The request carried the ${error.tokenRole}, which Vault did not ` +
        'accept for this path.'
      );
  }
}

function withNext(
  message: string,
  nextStep: number | undefined,
  current: number,
): ErrorDescription {
  return nextStep === undefined || nextStep === current
    ? { message }
    : { message, nextStep };
}
