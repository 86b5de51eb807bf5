// The Nomad, lab and web app calls of the curl export: job runs as parse
// then register, step 7 through the lab's control URL, /names by address.
import type { Exchange } from '../api/http.ts';
import { stepFiles } from '../guide/files/index.ts';
import { shellJson } from './curl-command.ts';
import { CURL, curl, routeOf, type CurlContext } from './curl-context.ts';
import { vaultBlockLines } from './script-parts.ts';

const NOMAD_CONFIG = '/etc/nomad.d/nomad.hcl';

export function nomadLines(
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

export function labLines(
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

export function namesLines(context: CurlContext): string[] {
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
