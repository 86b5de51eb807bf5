// Turns any failure of a step into plain words and the step that fixes it.
import {
  ApiError,
  UnexpectedResponseError,
  type Backend,
} from '../api/errors.ts';
import { isStepError } from './step-error.ts';

export interface ErrorDescription {
  message: string;
  /** The step to go to, when the fix lies elsewhere. */
  nextStep?: number;
}

const backendNames: Record<Backend, string> = {
  vault: 'Vault',
  nomad: 'Nomad',
  lab: 'The lab',
  web: 'The web app',
};

/** Describes `error` for the status region of step `step`. */
export function describeError(
  error: unknown,
  step: number | { number: number },
): ErrorDescription {
  const stepNumber = typeof step === 'number' ? step : step.number;
  if (isStepError(error)) {
    return withNext(error.message, error.nextStep, stepNumber);
  }
  if (error instanceof ApiError) return describeApiError(error, stepNumber);
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

function describeApiError(error: ApiError, step: number): ErrorDescription {
  const who = backendNames[error.backend];
  const reason = redact(error.errors.join('; ')) || `HTTP ${error.status}`;
  if (error.kind === 'unreachable') {
    return {
      message:
        `The proxy could not reach ${who} (${reason}). ` +
        (error.hint ?? `Start ${who} and run the step again.`),
    };
  }
  if (error.kind === 'timeout') {
    return {
      message:
        `${who} did not answer in time (${reason}). Nothing was sent ` +
        `twice; check that ${who} is running, then run the step again.`,
    };
  }
  if (error.kind === 'network') {
    return {
      message:
        `The request to ${who} got no answer (${reason}). Check that the ` +
        `app's server is still running.`,
    };
  }
  if (error.backend === 'vault') return describeVault(error, reason, step);
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
): ErrorDescription {
  if (error.status === 503 || error.says('Vault is sealed')) {
    return withNext(
      `Vault is sealed: it refuses everything except unsealing (${reason}). ` +
        'Unseal it in step 2.',
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

/** Hides Vault tokens that a backend message might echo. */
export function redact(text: string): string {
  return text.replace(/\b(hv[sbr]\.|s\.)[A-Za-z0-9_-]{20,}/g, '$1<redacted>');
}
