// Where a curl URL goes (Vault, Nomad, or the web app) and what the
// request carries: its body (also `-d @file`) and its token header.
import type { Backend } from '../api/errors.ts';
import { addresses } from '../guide/transcript.ts';
import type { Invocation } from './command.ts';
import type { CurlOptions } from './curl-options.ts';
import { readFile } from './shell-state.ts';

export interface Target {
  backend: Backend;
  /** Path below the backend prefix, with the query. */
  path: string;
  url: URL;
}

export function resolveTarget(text: string): Target | undefined {
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

export function readBody(
  invocation: Invocation,
  options: CurlOptions,
): unknown {
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

export function tokenFrom(headers: readonly string[]): string | undefined {
  for (const header of headers) {
    const match = /^\s*(x-vault-token|x-nomad-token)\s*:\s*(.*)$/i.exec(header);
    if (match?.[2]) return match[2].trim();
    const bearer = /^\s*authorization\s*:\s*bearer\s+(.*)$/i.exec(header);
    if (bearer?.[1]) return bearer[1].trim();
  }
  return undefined;
}

/** Vault sends compact JSON; other bodies are shown as they came. */
