// The Vault calls of the curl export: init and the server token are
// captured into variables; reads that change nothing are left out.
import type { Exchange } from '../api/http.ts';
import { curl, routeOf, type CurlContext } from './curl-context.ts';
import { SAVE_INIT_OUTPUT } from './script-parts.ts';

const SERVER_TOKEN_REQUEST = {
  policies: ['nomad-server'],
  period: '72h',
  no_parent: true,
  renewable: true,
};

export function vaultLines(
  context: CurlContext,
  exchange: Exchange,
): string[] | undefined {
  const route = routeOf(exchange);
  if (exchange.method === 'PUT' && route === '/v1/sys/init') {
    return initLines(context, exchange);
  }
  if (route === '/v1/auth/token/lookup-self') {
    return [
      `${curl(context, exchange)} >/dev/null`,
      'echo "Vault accepts the root token."',
    ];
  }
  if (route.startsWith('/v1/auth/token/create')) {
    return tokenCreateLines(context, exchange);
  }
  if (route === '/v1/auth/token/lookup') return lookupLines(context, exchange);
  const isCredentialRead = route.startsWith('/v1/database/creds/');
  if (exchange.method === 'GET' && !isCredentialRead) return undefined;
  return [`${curl(context, exchange)} | show_json`];
}

function initLines(context: CurlContext, exchange: Exchange): string[] {
  const answer = exchange.responseBody as {
    keys?: string[];
    keys_base64?: string[];
    root_token?: string;
  };
  for (const key of [...(answer.keys ?? []), ...(answer.keys_base64 ?? [])]) {
    context.refs.set(key, 'UNSEAL_KEY');
  }
  if (answer.root_token) context.refs.set(answer.root_token, 'VAULT_TOKEN');
  context.script.define('UNSEAL_KEY', 'VAULT_TOKEN');
  return [
    '# Vault shows the unseal key and root token once: keep them in shell',
    '# variables instead of printing them.',
    `init_json="$(${curl(context, exchange)})"`,
    'UNSEAL_KEY="$(json_field keys_base64.0 <<<"$init_json")"',
    'VAULT_TOKEN="$(json_field root_token <<<"$init_json")"',
    'export VAULT_TOKEN',
    ...SAVE_INIT_OUTPUT,
  ];
}

function tokenCreateLines(context: CurlContext, exchange: Exchange): string[] {
  const answer = exchange.responseBody as { auth?: { client_token?: string } };
  const token = answer.auth?.client_token;
  const isServerToken = token !== undefined && token === context.serverToken;
  if (!isServerToken) return [`${curl(context, exchange)} | show_json`];
  return serverTokenLines(context, curl(context, exchange));
}

function serverTokenLines(context: CurlContext, command: string): string[] {
  context.script.define('NOMAD_SERVER_TOKEN');
  return [
    '# The Nomad server token stays in a variable for step 7.',
    `token_json="$(${command})"`,
    'NOMAD_SERVER_TOKEN="$(json_field auth.client_token <<<"$token_json")"',
  ];
}

/** A reused server token: a fresh Vault needs a new one made instead. */
function lookupLines(
  context: CurlContext,
  exchange: Exchange,
): string[] | undefined {
  const body = exchange.requestBody as { token?: unknown } | undefined;
  const isServerToken =
    body?.token !== undefined && body.token === context.serverToken;
  if (!isServerToken || context.script.isDefined('NOMAD_SERVER_TOKEN')) {
    return undefined;
  }
  const create: Exchange = {
    ...exchange,
    path: '/v1/auth/token/create',
    requestBody: SERVER_TOKEN_REQUEST,
  };
  return [
    '# The walk reused a server token made earlier; make a new one.',
    ...serverTokenLines(context, curl(context, create)),
  ];
}
