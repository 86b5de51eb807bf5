import type { Exchange } from '../api/http.ts';
import { stepFiles } from '../guide/files/index.ts';
import type { TranscriptEntry } from '../guide/types.ts';
import { entrySecrets } from '../terminal/entry-secrets.ts';
import { maskText } from '../terminal/mask.ts';
import type { ScriptOptions } from './cli-script.ts';
import { curlCommand, shellJson } from './curl-command.ts';
import { isSuccess } from './exchange-facts.ts';
import { requestData } from './request-data.ts';
import {
  ScriptWriter,
  SAVE_INIT_OUTPUT,
  vaultBlockLines,
  withoutSecrets,
  type ExportFile,
} from './script-parts.ts';
import { refsFromSecrets } from './secret-refs.ts';

/** A transcript entry with the calls that produced it. */
export interface EntryCalls {
  entry: TranscriptEntry;
  exchanges: readonly Exchange[];
}

const FLAGS = ['-sS', '--fail-with-body'];
const CURL = `curl ${FLAGS.join(' ')}`;
const DEFAULT_JOB = 'nomad-vault-demo';
const NOMAD_CONFIG = '/etc/nomad.d/nomad.hcl';
const SERVER_TOKEN_REQUEST = {
  policies: ['nomad-server'],
  period: '72h',
  no_parent: true,
  renewable: true,
};

interface CurlContext {
  script: ScriptWriter;
  files: readonly ExportFile[];
  refs: Map<string, string>;
  serverToken: string | undefined;
  lastJob: string;
  /** The register call is already part of the parse pipeline. */
  isRegisterPiped: boolean;
}

/**
 * The walk as a bash script of plain curl calls against `$VAULT_ADDR` and
 * `$NOMAD_ADDR`: what changed state, in order, with secrets captured from
 * the answers into variables and reads left out.
 */
export function exportCurlScript(
  calls: readonly EntryCalls[],
  files: readonly ExportFile[],
  options: ScriptOptions = {},
): string {
  const secrets = options.secrets ?? {};
  const clean = withoutSecrets(files, secrets);
  const context: CurlContext = {
    script: new ScriptWriter(clean),
    files: clean,
    refs: refsFromSecrets(secrets),
    serverToken: secrets.serverToken,
    lastJob: DEFAULT_JOB,
    isRegisterPiped: false,
  };
  for (const { entry, exchanges } of calls) {
    const masked = maskText(entry.command, [
      ...entrySecrets(entry, exchanges),
      ...context.refs.keys(),
    ]);
    if (entry.isError === true) {
      context.script.comment(`Left out, it failed during the walk: ${masked}`);
      continue;
    }
    const lines = exchanges
      .filter(isSuccess)
      .flatMap((exchange) => callLines(context, exchange) ?? []);
    if (lines.length > 0) context.script.add([`# $ ${masked}`, ...lines]);
  }
  return context.script.finish([
    'Replays the Nomad + Vault walk as plain HTTP calls with curl.',
    'Needs curl and node on PATH.',
  ]);
}

function callLines(
  context: CurlContext,
  exchange: Exchange,
): string[] | undefined {
  switch (exchange.backend) {
    case 'vault':
      return vaultLines(context, exchange);
    case 'nomad':
      return nomadLines(context, exchange);
    case 'lab':
      return labLines(context, exchange);
    case 'web':
      return namesLines(context);
  }
}

function vaultLines(
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

function nomadLines(
  context: CurlContext,
  exchange: Exchange,
): string[] | undefined {
  const route = routeOf(exchange);
  if (exchange.method === 'GET') return undefined;
  if (route === '/v1/jobs/parse') return jobRunLines(context, exchange);
  if (route === '/v1/jobs' && context.isRegisterPiped) {
    context.isRegisterPiped = false;
    return undefined;
  }
  return [`${curl(context, exchange)} | show_json`];
}

/** `nomad job run`: parse the HCL, register the JSON, wait for it. */
function jobRunLines(context: CurlContext, exchange: Exchange): string[] {
  const parsed = exchange.responseBody as { ID?: unknown } | undefined;
  if (typeof parsed?.ID === 'string') context.lastJob = parsed.ID;
  context.isRegisterPiped = true;
  const parse = curl(context, { ...exchange, method: 'POST' });
  return [
    `${parse} \\`,
    '  | as_job_register \\',
    `  | ${CURL} -X POST --data @- "$NOMAD_ADDR/v1/jobs" \\`,
    '  | show_json',
    `wait_for_job ${context.lastJob}`,
  ];
}

function labLines(
  context: CurlContext,
  exchange: Exchange,
): string[] | undefined {
  if (exchange.method !== 'PUT' || exchange.path !== '/nomad/vault') {
    return undefined;
  }
  const { address } = (exchange.requestBody ?? {}) as { address?: unknown };
  const refs = new Map(context.refs);
  if (typeof address === 'string') refs.set(address, 'VAULT_ADDR');
  const body = shellJson(exchange.requestBody, refs);
  const fileName = stepFiles.nomadVaultBlock.name;
  return vaultBlockLines(body, fileName, NOMAD_CONFIG);
}

function namesLines(context: CurlContext): string[] {
  const job = context.lastJob;
  return [
    '# The web app listens where Nomad placed it: read that from the',
    '# allocation, then ask it for /names.',
    `alloc_id="$(${CURL} "$NOMAD_ADDR/v1/job/${job}/allocations" \\`,
    '  | running_alloc_id)"',
    `WEB_ADDR="$(${CURL} "$NOMAD_ADDR/v1/allocation/$alloc_id" \\`,
    '  | alloc_port_address http)"',
    `${CURL} "http://$WEB_ADDR/names"`,
    'echo',
  ];
}

function curl(context: CurlContext, exchange: Exchange): string {
  const data = requestData(exchange, context.files, context.refs);
  return curlCommand(exchange, {
    refs: context.refs,
    flags: FLAGS,
    ...(data === undefined ? {} : { data }),
  });
}

function routeOf(exchange: Exchange): string {
  return exchange.path.split('?')[0] ?? exchange.path;
}
