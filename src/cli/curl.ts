// The curl equivalent of an API call, as `vault … -output-curl-string`
// prints it (contract §0.5), and the same shape for Nomad calls.
import { goJsonCompact, sortKeysDeep } from './shared/go-json.ts';

export interface CurlInput {
  method: string;
  /** Full URL, e.g. `http://127.0.0.1:8200/v1/sys/policies/acl/x`. */
  url: string;
  /** JSON body; omitted when undefined. */
  body?: unknown;
  /**
   * Keep the body's key order (Go structs such as a token create
   * request); by default keys are sorted as Go does for maps.
   */
  keepKeyOrder?: boolean | undefined;
}

export interface VaultCurlInput extends CurlInput {
  /** Whether the CLI holds a token; the curl never shows its value. */
  hasToken?: boolean | undefined;
}

/**
 * `curl -X PUT -H "X-Vault-Request: true" -H "X-Vault-Token: $(vault
 * print token)" -d '{…}' URL`; reads leave out `-X GET`.
 */
export function formatVaultCurl(input: VaultCurlInput): string {
  const headers = ['X-Vault-Request: true'];
  if (input.hasToken ?? true) {
    headers.push('X-Vault-Token: $(vault print token)');
  }
  return curlLine(input, headers);
}

/** The same shape for Nomad; a token is shown as `$NOMAD_TOKEN`. */
export function formatNomadCurl(
  input: CurlInput & { hasToken?: boolean | undefined },
): string {
  const headers = input.hasToken ? ['X-Nomad-Token: $NOMAD_TOKEN'] : [];
  return curlLine(input, headers);
}

function curlLine(input: CurlInput, headers: readonly string[]): string {
  const parts = ['curl'];
  if (input.method.toUpperCase() !== 'GET') {
    parts.push(`-X ${input.method.toUpperCase()}`);
  }
  for (const header of headers) parts.push(`-H "${header}"`);
  if (input.body !== undefined) {
    const body = input.keepKeyOrder ? input.body : sortKeysDeep(input.body);
    parts.push(`-d ${singleQuote(goJsonCompact(body))}`);
  }
  parts.push(input.url);
  return parts.join(' ');
}

/** Shell single quotes; a quote inside becomes `'"'"'`. */
function singleQuote(text: string): string {
  return `'${text.replace(/'/g, `'"'"'`)}'`;
}
