// `curl` for the API calls the guide shows: Vault and Nomad by their
// addresses, anything else (the web app's /names) through /api/web.
import { z } from 'zod';

import { ApiError } from '../api/errors.ts';
import { request, type HttpMethod } from '../api/http.ts';
import { writeLines, type CommandNode, type Invocation } from './command.ts';
import { curlError, failed, noteSecrets, printable } from './curl-answer.ts';
import {
  CurlUsageError,
  parseCurlArgs,
  type CurlOptions,
} from './curl-options.ts';
import {
  readBody,
  resolveTarget,
  tokenFrom,
  type Target,
} from './curl-target.ts';
import { noteSecret } from './shell-state.ts';

const TRY_HELP = "curl: try 'curl --help' for more information";
const METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE']);

export const curlCommand: CommandNode = {
  name: 'curl',
  summary: 'Call the Vault, Nomad or web app HTTP API directly',
  usage: 'Usage: curl [options...] <url>',
  isRaw: true,
  args: ['url'],
  run: async (invocation) => {
    const { io } = invocation;
    let options: CurlOptions;
    try {
      options = parseCurlArgs(invocation.args);
    } catch (error) {
      if (!(error instanceof CurlUsageError)) throw error;
      writeLines(io.writeError, `curl: ${error.message}\n${TRY_HELP}`);
      return 2;
    }
    if (!options.url) {
      writeLines(io.writeError, `curl: no URL specified\n${TRY_HELP}`);
      return 2;
    }
    const target = resolveTarget(options.url);
    if (!target) {
      return curlError(invocation, options, 3, 'URL rejected: Bad URL');
    }
    return send(invocation, options, target);
  },
};

async function send(
  invocation: Invocation,
  options: CurlOptions,
  target: Target,
): Promise<number> {
  const body = readBody(invocation, options);
  let method = options.method ?? (body === undefined ? 'GET' : 'POST');
  let path = target.path;
  if (method === 'LIST') {
    method = 'GET';
    path += `${path.includes('?') ? '&' : '?'}list=true`;
  }
  if (!METHODS.has(method)) {
    const reason = `this terminal sends GET, PUT, POST, DELETE and LIST only`;
    return curlError(invocation, options, 2, reason);
  }
  const token = tokenFrom(options.headers);
  noteSecret(invocation.shell, invocation.io.secret, token);
  try {
    const answer = await request({
      backend: target.backend,
      method: method as HttpMethod,
      path,
      ...(body === undefined ? {} : { body }),
      ...(token ? { credential: { token, role: 'root token' } } : {}),
      schema: z.unknown(),
    });
    noteSecrets(invocation, target, answer);
    writeLines(invocation.io.write, printable(answer));
    return 0;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return failed(invocation, options, target, error);
  }
}
