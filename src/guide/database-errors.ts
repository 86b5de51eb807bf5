// Vault's PostgreSQL plugin failed to log in: say whether the database is
// missing or refused the login, since the fixes lie in different steps.

/** The advice for a failed database login, and the step that fixes it. */
export interface DatabaseHint {
  message: string;
  nextStep?: number;
}

const verifyFailure = 'error verifying connection';
const loginRefused = /password authentication failed|failed SASL auth/;
const unreachable =
  /no such host|connection refused|dial error|hostname resolving/;

/**
 * Describes a Vault answer whose `reason` says the plugin could not log
 * in to PostgreSQL; undefined for any other answer.
 */
export function describeDatabaseLogin(
  reason: string,
): DatabaseHint | undefined {
  if (!reason.includes(verifyFailure)) return undefined;
  const said = `Vault could not log in to PostgreSQL: ${reason}.`;
  if (loginRefused.test(reason)) {
    return {
      message:
        `${said} The database is running but refused the login: the ` +
        'username and password in this step must match the ones the ' +
        'PostgreSQL job from step 8 sets.',
    };
  }
  if (unreachable.test(reason)) {
    return {
      message:
        `${said} Is the database running? Run step 8 (the PostgreSQL ` +
        'job) first, then this step again.',
      nextStep: 8,
    };
  }
  return { message: said };
}
