// Small helpers every step uses to reach its secrets and files.
import type { Credential } from '../api/http.ts';
import { StepError } from './step-error.ts';
import type { SecretValues, StepContext } from './types.ts';

/** The root token from step 1 as the learner logged in with it. */
export function asRoot(ctx: StepContext): Credential {
  return { token: ctx.secrets.get().rootToken, role: 'root token' };
}

const secretOrigins: Record<keyof SecretValues, [string, number]> = {
  unsealKey: ['unseal key', 1],
  rootToken: ['root token', 1],
  serverToken: ['Nomad server token', 6],
  dbUsername: ['database username', 12],
  dbPassword: ['database password', 12],
  dbLeaseId: ['database lease', 12],
};

/** A secret an earlier step produced; a typed error when it is not held. */
export function requireSecret(
  ctx: StepContext,
  name: keyof SecretValues,
): string {
  const value = ctx.secrets.get()[name];
  if (value) return value;
  const [label, origin] = secretOrigins[name];
  throw new StepError(
    'missing-secret',
    `This tab holds no ${label}. It comes from step ${origin}; ` +
      `enter it there (or run that step) first.`,
    { nextStep: origin },
  );
}

/** Parses an edited JSON step file, naming the file when it is broken. */
export function readJsonFile(
  ctx: StepContext,
  name: string,
): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(ctx.file(name));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StepError('invalid-file', `${name} is not valid JSON: ${reason}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new StepError('invalid-file', `${name} must hold a JSON object.`);
  }
  return parsed as Record<string, unknown>;
}
