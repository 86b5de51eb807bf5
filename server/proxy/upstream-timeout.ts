// How long to wait for an upstream answer. Init gets longer (its keys are
// shown once, so cutting it off loses them); Nomad blocking queries wait
// as long as they asked to, plus the ordinary deadline.
import { parseDurationMs } from '../config/duration.ts';
import type { ServerConfig } from '../config/server-config.ts';
import type { Backend } from './backend.ts';

const NOMAD_DEFAULT_WAIT_MS = 300_000;
const NOMAD_MAX_WAIT_MS = 600_000;

export interface UpstreamCall {
  method: string;
  /** Path and query as forwarded, e.g. `/v1/sys/init`. */
  url: string;
}

/** Milliseconds to wait for the answer to `call`. */
export function upstreamTimeoutMs(
  backend: Backend['name'],
  call: UpstreamCall,
  config: Pick<ServerConfig, 'timeoutMs' | 'initTimeoutMs'>,
): number {
  const [path = '', query = ''] = call.url.split('?', 2);
  const isWrite = call.method === 'PUT' || call.method === 'POST';
  if (backend === 'vault' && isWrite && /^\/v1\/sys\/init\/?$/i.test(path)) {
    return config.initTimeoutMs;
  }
  const params = new URLSearchParams(query);
  const isBlocking = Number(params.get('index') ?? '0') > 0;
  if (backend === 'nomad' && call.method === 'GET' && isBlocking) {
    const wait =
      parseDurationMs(params.get('wait') ?? '') ?? NOMAD_DEFAULT_WAIT_MS;
    return Math.min(wait, NOMAD_MAX_WAIT_MS) + config.timeoutMs;
  }
  return config.timeoutMs;
}
