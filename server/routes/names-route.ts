// GET /api/web/names: the demo job's /names page. The address always comes
// from Nomad (never from the request), and only that one path is fetched.
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';

import type { ServerConfig, UpstreamConfig } from '../config/server-config.ts';
import { backendsOf } from '../proxy/backend.ts';
import { readCapped } from '../proxy/read-capped.ts';
import { describeFailure, type Upstream } from '../proxy/upstream-failure.ts';
import { ProxyHttpError } from '../proxy-error.ts';
import {
  allocationListSchema,
  allocationSchema,
  findPortAddress,
  namesUrl,
  pickRunningAllocation,
} from './web-address.ts';

const JOB_ID = 'nomad-vault-demo';
const PORT_LABEL = 'http';
const MAX_NAMES_BYTES = 1024 * 1024;

export function registerNamesRoute(
  app: FastifyInstance,
  config: ServerConfig,
  upstream: UpstreamConfig,
): void {
  const nomad = backendsOf(upstream)[1];
  const fetchUpstream = async (
    target: Upstream,
    url: string,
    init: RequestInit,
  ) => {
    try {
      const signal = AbortSignal.timeout(config.timeoutMs);
      const response = await fetch(url, {
        ...init,
        redirect: 'manual',
        signal,
      });
      const body = await readBody(response);
      return { response, body };
    } catch (error) {
      const { statusCode, body } = describeFailure(
        target,
        error,
        config.timeoutMs,
      );
      throw new ProxyHttpError(statusCode, body);
    }
  };

  const nomadJson = async <T>(
    request: FastifyRequest,
    path: string,
    schema: z.ZodType<T>,
  ) => {
    const token = request.headers['x-nomad-token'];
    const headers: Record<string, string> =
      typeof token === 'string' ? { 'X-Nomad-Token': token } : {};
    const url = `${nomad.addr}${path}${regionSuffix(upstream)}`;
    const { response, body } = await fetchUpstream(nomad, url, { headers });
    if (!response.ok) throw nomadRefused(response.status, path, body);
    const parsed = schema.safeParse(parseJson(body));
    if (!parsed.success) throw nomadRefused(response.status, path, body);
    return parsed.data;
  };

  app.get('/api/web/names', async (request, reply) => {
    const stubs = await nomadJson(
      request,
      `/v1/job/${JOB_ID}/allocations`,
      allocationListSchema,
    );
    const allocationId = pickRunningAllocation(stubs);
    if (!allocationId) throw notRunning();
    const allocation = await nomadJson(
      request,
      `/v1/allocation/${allocationId}`,
      allocationSchema,
    );
    const address = findPortAddress(allocation, PORT_LABEL);
    if (!address) throw portMissing(allocationId);
    const web: Upstream = {
      name: 'web',
      title: `the ${JOB_ID} app`,
      addr: `${address.ip}:${address.port}`,
      startHint: `Check the allocation's logs: nomad alloc logs ${allocationId}`,
    };
    const { response, body } = await fetchUpstream(web, namesUrl(address), {});
    const type =
      response.headers.get('content-type') ?? 'text/plain; charset=utf-8';
    return reply.code(response.status).type(type).send(body);
  });
}

async function readBody(response: Response): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const web = response.body as unknown as NodeReadableStream;
  return readCapped(Readable.fromWeb(web), MAX_NAMES_BYTES);
}

function regionSuffix(upstream: UpstreamConfig): string {
  const region = upstream.nomadRegion;
  return region ? `?region=${encodeURIComponent(region)}` : '';
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function nomadRefused(status: number, path: string, body: Buffer) {
  const text = body.toString('utf8').trim().slice(0, 500) || '(no body)';
  return new ProxyHttpError(502, {
    errors: [`Nomad answered ${status} to GET ${path}: ${text}`],
    proxyError: 'nomad_error',
    backend: 'nomad',
    hint:
      status === 403
        ? 'Nomad refused the token; log in with a token that may read jobs.'
        : 'Check the Nomad agent and the job in step 14.',
  });
}

function notRunning() {
  return new ProxyHttpError(503, {
    errors: [`job ${JOB_ID} has no running allocation`],
    proxyError: 'web_not_running',
    backend: 'nomad',
    hint: 'Run the job in step 14 and wait until its allocation is running.',
  });
}

function portMissing(allocationId: string) {
  return new ProxyHttpError(503, {
    errors: [`allocation ${allocationId} has no port labelled ${PORT_LABEL}`],
    proxyError: 'web_port_missing',
    backend: 'nomad',
    hint: `The job needs a network port labelled "${PORT_LABEL}".`,
  });
}
