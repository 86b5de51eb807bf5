import type { Exchange } from '../api/http.ts';
import { MASK } from '../terminal/mask.ts';
import { isSecretField } from '../terminal/secret-fields.ts';
import { baseUrlOf, carriesToken, tokenHeader } from './exchange-facts.ts';
import { substituteRefs, type SecretRefs } from './secret-refs.ts';
import { joinGroups, singleQuote } from './shell.ts';

export interface CurlOptions {
  refs: SecretRefs;
  /** Flags right after `curl`, e.g. `-sS --fail-with-body` in scripts. */
  flags?: readonly string[];
  /** A ready `--data` word (files, helpers); else the body as JSON. */
  data?: string;
}

/**
 * A recorded call as a curl command against `$VAULT_ADDR` / `$NOMAD_ADDR`.
 * Tokens are `$VAULT_TOKEN`-style references; a credential with no
 * variable is masked, never written.
 */
export function curlCommand(exchange: Exchange, options: CurlOptions): string {
  const first = ['curl', ...(options.flags ?? [])];
  if (exchange.method !== 'GET') first.push('-X', exchange.method);
  const groups: string[][] = [first];
  const header = tokenHeader(exchange);
  if (header && carriesToken(exchange)) {
    groups.push(['-H', `"${header.name}: $${header.variable}"`]);
  }
  const data =
    options.data ??
    (exchange.requestBody === undefined
      ? undefined
      : shellJson(exchange.requestBody, options.refs));
  if (data !== undefined) groups.push(['--data', data]);
  const path = substituteRefs(exchange.path, options.refs, (v) => `\${${v}}`);
  groups.push([`"${baseUrlOf(exchange)}${path}"`]);
  return joinGroups(groups);
}

/**
 * The body as one single-quoted shell word of compact JSON, with each
 * referenced secret spliced in as `'"$VAR"'`.
 */
export function shellJson(body: unknown, refs: SecretRefs): string {
  const variables: string[] = [];
  const marker = (variable: string) => {
    const index = variables.push(variable) - 1;
    return `\u0001${index}\u0001`;
  };
  const marked = mark(body, false, refs, marker);
  let word = singleQuote(JSON.stringify(marked));
  variables.forEach((variable, index) => {
    word = word.replaceAll(`\\u0001${index}\\u0001`, `'"$${variable}"'`);
  });
  return word;
}

function mark(
  value: unknown,
  isSecret: boolean,
  refs: SecretRefs,
  marker: (variable: string) => string,
): unknown {
  if (typeof value === 'string') {
    const spliced = substituteRefs(value, refs, marker);
    const isReferenced = spliced !== value;
    return isSecret && !isReferenced && value !== '' ? MASK : spliced;
  }
  if (Array.isArray(value)) {
    return value.map((item) => mark(item, isSecret, refs, marker));
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, item]) => [
      name,
      mark(item, isSecretField(name), refs, marker),
    ]),
  );
}
