// Talking to the lab's Vault the way Nomad's Vault client library does,
// including how that library words a failed request.
import type { Handler } from '../ports.ts';
import { isObject, type JsonObject } from './json.ts';

export class VaultRequestError extends Error {}

export interface VaultCall {
  vault: Handler;
  /** The address Nomad was configured with (the vault block). */
  address: string;
  /** The address the lab's Vault is actually served at. */
  servedAt: string;
  token: string;
}

// Names that reach this machine's loopback listeners as well.
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '0.0.0.0']);

const portOf = (url: URL) =>
  url.port || (url.protocol === 'https:' ? '443' : '80');

function sameHost(a: string, b: string): boolean {
  return a === b || (LOOPBACK.has(a) && LOOPBACK.has(b));
}

/** Why `address` cannot reach the Vault served at `servedAt`, if it can't. */
function reachable(address: URL, servedAt: URL): string | undefined {
  const isServed =
    sameHost(address.hostname, servedAt.hostname) &&
    portOf(address) === portOf(servedAt);
  if (!isServed) {
    const target = `${address.hostname}:${portOf(address)}`;
    return `dial tcp ${target}: connect: connection refused`;
  }
  if (address.protocol === 'https:' && servedAt.protocol === 'http:') {
    return 'http: server gave HTTP response to HTTPS client';
  }
  return undefined;
}

/** Calls Vault; resolves with the JSON body or null (204/404 on reads). */
export async function vaultRequest(
  call: VaultCall,
  method: 'GET' | 'POST',
  path: string,
  body?: JsonObject,
): Promise<JsonObject | null> {
  const base = call.address.replace(/\/+$/, '');
  const url = `${base}/v1/${path}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new VaultRequestError(`parse "${url}": invalid URL`);
  }
  const refused = reachable(parsed, new URL(call.servedAt));
  const verb = method === 'GET' ? 'Get' : 'Post';
  if (refused) throw new VaultRequestError(`${verb} "${url}": ${refused}`);
  const init: RequestInit = {
    method,
    headers: { 'X-Vault-Token': call.token, 'X-Vault-Request': 'true' },
  };
  if (body) init.body = JSON.stringify(body);
  const response = await call.vault(
    new Request(`${call.servedAt.replace(/\/+$/, '')}/v1/${path}`, init),
  );
  const text = await response.text();
  if (method === 'GET' && response.status === 404 && noErrors(text)) {
    return null;
  }
  if (response.status >= 400) {
    throw new VaultRequestError(
      apiErrorText(method, url, response.status, text),
    );
  }
  if (text.trim() === '') return null;
  const json: unknown = JSON.parse(text);
  return isObject(json) ? json : null;
}

function noErrors(text: string): boolean {
  try {
    const body: unknown = JSON.parse(text);
    return (
      isObject(body) &&
      Array.isArray(body['errors']) &&
      body['errors'].length === 0
    );
  } catch {
    return text.trim() === '';
  }
}

/** vault/api ResponseError.Error(). */
function apiErrorText(
  method: string,
  url: string,
  status: number,
  text: string,
): string {
  let errors: string[] | undefined;
  try {
    const body: unknown = JSON.parse(text);
    if (isObject(body) && Array.isArray(body['errors'])) {
      errors = body['errors'].map(String);
    }
  } catch {
    errors = undefined;
  }
  const head = `Error making API request.\n\nURL: ${method} ${url}\nCode: ${status}.`;
  if (!errors) return `${head} Raw Message:\n\n${text}`;
  return `${head} Errors:\n\n${errors.map((e) => `* ${e}`).join('\n')}`;
}
