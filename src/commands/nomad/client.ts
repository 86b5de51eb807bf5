// How typed `nomad` commands reach Nomad and report its refusals: the Go
// client's `Unexpected response code: N (body)`, exit status 1.
import type { z } from 'zod';

import { ApiError, UnexpectedResponseError } from '../../api/errors.ts';
import { request, type HttpMethod } from '../../api/http.ts';
import { formatUnexpectedResponse } from '../../cli/index.ts';
import { CliFailure, EXIT_USAGE } from '../command.ts';
import type { FlagSpec } from '../flags.ts';
import { addresses } from '../../guide/transcript.ts';

export const nomadGlobalFlags: FlagSpec[] = [
  { name: 'address', kind: 'string' },
  { name: 'region', kind: 'string' },
  { name: 'namespace', kind: 'string' },
  { name: 'token', kind: 'string' },
  { name: 'tls-skip-verify', kind: 'bool' },
];

/** Runs one API call; failures become the CLI's stderr text. */
export async function nomadCall<T>(
  lead: string,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toNomadFailure(error, lead);
  }
}

/** A Nomad request the API layer has no function for. */
export function nomadRequest<T>(
  method: HttpMethod,
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
): Promise<T> {
  return request({
    backend: 'nomad',
    method,
    path,
    schema,
    ...(body === undefined ? {} : { body }),
  });
}

export function toNomadFailure(error: unknown, lead: string): unknown {
  if (error instanceof ApiError) {
    const body = error.errors.join('\n');
    const reason =
      error.kind === 'upstream'
        ? formatUnexpectedResponse(error.status, body)
        : `${goVerb(error.method)} "${addresses.nomad}${error.path}": ` +
          (body || error.kind) +
          (error.hint ? `\n\n${error.hint}` : '');
    return new CliFailure(lead + reason, EXIT_USAGE, { cause: error });
  }
  if (error instanceof UnexpectedResponseError) {
    return new CliFailure(
      `${lead}unexpected answer from Nomad: ${error.issues.join('; ')}`,
      EXIT_USAGE,
    );
  }
  return error;
}

function goVerb(method: string): string {
  return method[0] + method.slice(1).toLowerCase();
}

/** Nomad's wording when a command gets the wrong number of arguments. */
export function expectNomadArgs(
  args: readonly string[],
  count: number,
  what: string,
  command: string,
): void {
  if (args.length === count) return;
  const noun = count === 1 ? 'one argument' : `${count} arguments`;
  throw new CliFailure(
    `This command takes ${noun}: ${what}\n` +
      `For additional help try 'nomad ${command} -help'`,
    EXIT_USAGE,
  );
}
