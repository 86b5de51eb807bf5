// How a typed `vault` command reaches Vault: the token it uses, the
// global flags, one request through the app's HTTP client, and the CLI's
// error text when Vault says no.
import type { z } from 'zod';

import { request, type Credential, type HttpMethod } from '../../api/http.ts';
import { formatVaultCurl } from '../../cli/index.ts';
import {
  CliFailure,
  CurlRequested,
  EXIT_USAGE,
  type Invocation,
} from '../command.ts';
import type { FlagSpec } from '../flags.ts';
import { noteSecret } from '../shell-state.ts';
import { isEmptyNotFound, toCliFailure } from './failure.ts';

export const vaultGlobalFlags: FlagSpec[] = [
  { name: 'format', kind: 'string' },
  { name: 'field', kind: 'string' },
  { name: 'output-curl-string', kind: 'bool' },
  { name: 'address', kind: 'string' },
  { name: 'namespace', kind: 'string', aliases: ['ns'] },
  { name: 'tls-skip-verify', kind: 'bool' },
  { name: 'non-interactive', kind: 'bool' },
];

export { EXIT_API_ERROR } from './failure.ts';

export type VaultMethod = HttpMethod | 'LIST';

export interface VaultCall {
  method: VaultMethod;
  /** Path below /v1/, e.g. `sys/policies/acl/nomad-server`. */
  path: string;
  body?: unknown;
  query?: Record<string, string>;
  /** Sent without a token (init, unseal, seal status). */
  isUnauthenticated?: boolean;
  /** A token other than the CLI's (`vault login TOKEN`). */
  token?: string;
  /** Keep the body's key order in the curl string (Go structs). */
  keepKeyOrder?: boolean;
}

export type VaultFormat = 'table' | 'json';

export interface VaultClient {
  format: VaultFormat;
  field: string | undefined;
  isCurl: boolean;
  /** The token commands send: VAULT_TOKEN, else the token helper's. */
  token(): string | undefined;
  url(call: VaultCall): string;
  /** Sends the call; `lead` starts the error text (`Error reading x: `). */
  send<T = unknown>(
    call: VaultCall,
    lead: string,
    schema?: z.ZodType<T>,
  ): Promise<T>;
  /** Like send, but null when Vault answers 404 without messages. */
  sendOrNull<T = unknown>(
    call: VaultCall,
    lead: string,
    schema?: z.ZodType<T>,
  ): Promise<T | null>;
}

export function vaultClient(invocation: Invocation): VaultClient {
  const { flags, env, shell, io } = invocation;
  const format = flags.string('format', env.get('VAULT_FORMAT') ?? 'table');
  if (format !== 'table' && format !== 'json') {
    throw new CliFailure(`Invalid output format: ${format}`, EXIT_USAGE);
  }
  const field = flags.has('field') ? flags.string('field') : undefined;
  const address = flags.string('address', env.get('VAULT_ADDR') ?? '');
  const token = () =>
    env.get('VAULT_TOKEN') ??
    shell.helperToken ??
    shell.deps.secrets.get().rootToken;
  const url = (call: VaultCall) => address + requestPath(call);
  const isCurl = flags.bool('output-curl-string');
  noteSecret(shell, io.secret, env.get('VAULT_TOKEN'));
  const send = async <T>(
    call: VaultCall,
    lead: string,
    schema: z.ZodType<T> | undefined,
    allowNotFound: boolean,
  ): Promise<T | null> => {
    if (isCurl) {
      throw new CurlRequested(curlFor(call, url(call), call.token ?? token()));
    }
    try {
      return await request<T>({
        backend: 'vault',
        method: call.method === 'LIST' ? 'GET' : call.method,
        path: requestPath(call),
        ...(call.body === undefined ? {} : { body: call.body }),
        ...(call.isUnauthenticated
          ? {}
          : { credential: credential(call.token ?? token()) }),
        ...(schema ? { schema } : {}),
      });
    } catch (error) {
      if (allowNotFound && isEmptyNotFound(error)) return null;
      throw toCliFailure(error, lead, url(call));
    }
  };
  return {
    format,
    field,
    isCurl,
    token,
    url,
    send: async <T>(call: VaultCall, lead: string, schema?: z.ZodType<T>) =>
      (await send(call, lead, schema, false)) as T,
    sendOrNull: (call, lead, schema) => send(call, lead, schema, true),
  };
}

function credential(token: string | undefined): Credential {
  return { token, role: 'root token' };
}

function requestPath(call: VaultCall): string {
  const query = { ...call.query };
  if (call.method === 'LIST') query['list'] = 'true';
  const search = new URLSearchParams(query).toString();
  return `/v1/${call.path}${search ? `?${search}` : ''}`;
}

function curlFor(call: VaultCall, url: string, token: string | undefined) {
  return formatVaultCurl({
    method: call.method === 'LIST' ? 'GET' : call.method,
    url,
    body: call.body,
    keepKeyOrder: call.keepKeyOrder,
    hasToken: !call.isUnauthenticated && Boolean(token),
  });
}
