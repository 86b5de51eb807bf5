// `curl` for the API calls the guide shows: Vault and Nomad by their
// addresses, anything else (the web app's /names) through /api/web.
import { z } from 'zod';

import type { Backend } from '../api/errors.ts';
import { ApiError } from '../api/errors.ts';
import { request, type HttpMethod } from '../api/http.ts';
import { addresses } from '../guide/transcript.ts';
import { writeLines, type CommandNode, type Invocation } from './command.ts';
import {
  CurlUsageError,
  parseCurlArgs,
  type CurlOptions,
} from './curl-options.ts';
import { noteSecret, readFile } from './shell-state.ts';
import { noteAnswerSecrets } from './vault/answer.ts';

const TRY_HELP = "curl: try 'curl --help' for more information";
const METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE']);

interface Target {
  backend: Backend;
  /** Path below the backend prefix, with the query. */
  path: string;
  url: URL;
}

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

function resolveTarget(text: string): Target | undefined {
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    return undefined;
  }
  const path = url.pathname + url.search;
  const isOn = (address: string) => new URL(address).host === url.host;
  if (isOn(addresses.vault) || url.port === '8200') {
    return { backend: 'vault', path, url };
  }
  if (isOn(addresses.nomad) || url.port === '4646') {
    return { backend: 'nomad', path, url };
  }
  return { backend: 'web', path, url };
}

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

function readBody(invocation: Invocation, options: CurlOptions): unknown {
  if (options.data.length === 0) return undefined;
  const text = options.data
    .map((item) =>
      item.startsWith('@')
        ? (readFile(invocation.shell, item.slice(1)) ?? '')
        : item,
    )
    .join('&');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function tokenFrom(headers: readonly string[]): string | undefined {
  for (const header of headers) {
    const match = /^\s*(x-vault-token|x-nomad-token)\s*:\s*(.*)$/i.exec(header);
    if (match?.[2]) return match[2].trim();
    const bearer = /^\s*authorization\s*:\s*bearer\s+(.*)$/i.exec(header);
    if (bearer?.[1]) return bearer[1].trim();
  }
  return undefined;
}

/** Vault sends compact JSON; other bodies are shown as they came. */
function printable(answer: unknown): string {
  if (answer === undefined) return '';
  return typeof answer === 'string' ? answer : JSON.stringify(answer);
}

function noteSecrets(invocation: Invocation, target: Target, answer: unknown) {
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

function failed(
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
  if (options.failsOnHttpError) {
    const reason = `The requested URL returned error: ${error.status}`;
    return curlError(invocation, options, 22, reason);
  }
  const body =
    target.backend === 'nomad'
      ? error.errors.join('\n')
      : JSON.stringify({ errors: error.errors });
  writeLines(invocation.io.write, body);
  return 0;
}

function curlError(
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
