// The vault CLI's stderr when a request fails: a per-command lead, then
// the Go client's error text (contract §0.5), exit status 2.
import { ApiError, UnexpectedResponseError } from '../../api/errors.ts';
import { formatResponseError } from '../../cli/index.ts';
import { CliFailure } from '../command.ts';

/** Exit status of a vault command whose request Vault refused. */
export const EXIT_API_ERROR = 2;

/** The CLI's stderr for a failed request, exit status 2. */
export function toCliFailure(
  error: unknown,
  lead: string,
  url: string,
): unknown {
  if (error instanceof ApiError) {
    if (error.kind === 'upstream') {
      const text = formatResponseError({
        method: error.method,
        url,
        status: error.status,
        errors: error.errors,
      });
      return new CliFailure(lead + text, EXIT_API_ERROR, { cause: error });
    }
    const verb = error.method[0] + error.method.slice(1).toLowerCase();
    const reason = error.errors.join('; ') || error.kind;
    const hint = error.hint ? `\n\n${error.hint}` : '';
    return new CliFailure(
      `${lead}${verb} "${url}": ${reason}${hint}`,
      EXIT_API_ERROR,
      { cause: error },
    );
  }
  if (error instanceof UnexpectedResponseError) {
    return new CliFailure(
      `${lead}unexpected answer from Vault: ${error.issues.join('; ')}`,
      EXIT_API_ERROR,
    );
  }
  return error;
}

export function isEmptyNotFound(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.kind === 'upstream' &&
    error.status === 404 &&
    error.errors.length === 0
  );
}
