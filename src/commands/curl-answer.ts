// What curl prints for an answer or a failure, and the secrets in it.
import type { ApiError } from '../api/errors.ts';
import { writeLines, type Invocation } from './command.ts';
import type { CurlOptions } from './curl-options.ts';
import type { Target } from './curl-target.ts';
import { noteSecret } from './shell-state.ts';
import { noteAnswerSecrets } from './vault/answer.ts';

export function printable(answer: unknown): string {
  if (answer === undefined) return '';
  return typeof answer === 'string' ? answer : JSON.stringify(answer);
}

export function noteSecrets(
  invocation: Invocation,
  target: Target,
  answer: unknown,
) {
  if (typeof answer !== 'object' || answer === null) return;
  const record = answer as Record<string, unknown>;
  noteAnswerSecrets(invocation, record);
  if (target.backend !== 'vault' || !target.path.startsWith('/v1/sys/init')) {
    return;
  }
  const { root_token: rootToken, keys_base64: keys } = record;
  if (typeof rootToken !== 'string' || !Array.isArray(keys)) return;
  const [unsealKey] = keys as unknown[];
  for (const key of keys as unknown[]) {
    if (typeof key === 'string')
      noteSecret(invocation.shell, invocation.io.secret, key);
  }
  noteSecret(invocation.shell, invocation.io.secret, rootToken);
  invocation.shell.deps.secrets.set({
    rootToken,
    ...(typeof unsealKey === 'string' ? { unsealKey } : {}),
  });
}

export function failed(
  invocation: Invocation,
  options: CurlOptions,
  target: Target,
  error: ApiError,
): number {
  if (error.kind !== 'upstream') {
    const port = target.url.port || '80';
    const reason =
      `Failed to connect to ${target.url.hostname} port ${port}: ` +
      "Couldn't connect to server";
    return curlError(invocation, options, 7, reason);
  }
  const body =
    target.backend === 'nomad' || isStatusBody(error)
      ? error.errors.join('\n')
      : JSON.stringify({ errors: error.errors });
  if (options.failsOnHttpError) {
    if (options.showsBodyOnFail) writeLines(invocation.io.write, body);
    const reason = `The requested URL returned error: ${error.status}`;
    return curlError(invocation, options, 22, reason);
  }
  writeLines(invocation.io.write, body);
  return 0;
}

export function curlError(
  invocation: Invocation,
  options: CurlOptions,
  code: number,
  reason: string,
): number {
  if (!options.isSilent || options.showsErrors) {
    writeLines(invocation.io.writeError, `curl: (${code}) ${reason}`);
  }
  return code;
}

// Vault's status handlers (sys/health, sys/init) answer a non-2xx with the
// status object itself, which the API layer keeps as the one message.
function isStatusBody(error: ApiError): boolean {
  const [only] = error.errors;
  return error.errors.length === 1 && /^\s*\{/.test(only ?? '');
}
