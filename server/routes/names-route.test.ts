// GET /api/web/names: the demo app is found through Nomad, and only its
// /names page is fetched, wherever the request would like to go instead.
import type { IncomingMessage, ServerResponse } from 'node:http';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { send } from '../test-support/http-client.ts';
import {
  liveUpstream,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.ts';
import {
  answerJson,
  closedPort,
  startUpstreamDouble,
  type UpstreamDouble,
} from '../test-support/upstream-double.ts';

const runningId = '3f7c2a91-6d44-4b8e-9a0c-5e1b2d3c4f50';
const stoppedId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const namesHtml = '<ul><li>Ada Lovelace</li><li>Alan Turing</li></ul>';

let nomad: UpstreamDouble;
let web: UpstreamDouble;
let server: TestServer;

function allocation(webPort: number) {
  return {
    ID: runningId,
    AllocatedResources: {
      Shared: {
        Ports: [
          { Label: 'http', Value: webPort, To: 8080, HostIP: '127.0.0.1' },
        ],
      },
    },
  };
}

function nomadAnswers(webPort: number, list = defaultList()) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/v1/job/nomad-vault-demo/allocations')
      return answerJson(200, list)(req, res);
    if (path === `/v1/allocation/${runningId}`)
      return answerJson(200, allocation(webPort))(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('alloc not found');
  };
}

function defaultList() {
  return [
    {
      ID: stoppedId,
      ClientStatus: 'complete',
      DesiredStatus: 'stop',
      ModifyIndex: 40,
    },
    {
      ID: runningId,
      ClientStatus: 'running',
      DesiredStatus: 'run',
      ModifyIndex: 37,
    },
  ];
}

beforeEach(async () => {
  web = await startUpstreamDouble((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(namesHtml);
  });
  nomad = await startUpstreamDouble(nomadAnswers(web.port));
  server = await startTestServer({
    upstream: liveUpstream('http://vault.invalid:8200', nomad.url),
  });
});

afterEach(async () => {
  await server.close();
  await Promise.all([nomad.close(), web.close()]);
});

const names = (headers: Record<string, string> = {}, query = '') =>
  send(server.port, { path: `/api/web/names${query}`, headers });

describe('GET /api/web/names', () => {
  it('answers the running app’s /names body and status', async () => {
    const answer = await names({ 'x-nomad-token': 'nomad-secret-id' });

    expect(answer.status).toBe(200);
    expect(answer.body).toBe(namesHtml);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(nomad.hits.map((h) => h.url)).toEqual([
      '/v1/job/nomad-vault-demo/allocations',
      `/v1/allocation/${runningId}`,
    ]);
    expect(nomad.hits.map((h) => h.headers['x-nomad-token'])).toEqual([
      'nomad-secret-id',
      'nomad-secret-id',
    ]);
    expect(web.hits.map((h) => h.url)).toEqual(['/names']);
    expect(web.hits[0]?.headers['x-nomad-token']).toBeUndefined();
  });

  it('takes the address from Nomad only, whatever the request says', async () => {
    const answer = await names(
      { 'x-forwarded-host': 'elsewhere.invalid' },
      '?addr=http://elsewhere.invalid/&path=/admin',
    );

    expect(answer.status).toBe(200);
    expect(web.hits.map((h) => h.url)).toEqual(['/names']);
  });

  it('passes the app’s own error status and body', async () => {
    web.answerWith((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('pq: password authentication failed for user "v-token-accessdb"');
    });

    const answer = await names();

    expect(answer.status).toBe(500);
    expect(answer.body).toBe(
      'pq: password authentication failed for user "v-token-accessdb"',
    );
  });

  it('answers 503 web_not_running when no allocation runs', async () => {
    nomad.answerWith(nomadAnswers(web.port, [defaultList()[0]!]));

    const answer = await names();

    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.body)).toEqual({
      errors: ['job nomad-vault-demo has no running allocation'],
      proxyError: 'web_not_running',
      backend: 'nomad',
      hint: 'Run the job in step 14 and wait until its allocation is running.',
    });
    expect(web.hits).toHaveLength(0);
  });

  it('answers 503 web_port_missing when the allocation has no http port', async () => {
    nomad.answerWith((req, res) =>
      (req.url ?? '').startsWith('/v1/allocation/')
        ? answerJson(200, {
            ID: runningId,
            AllocatedResources: { Shared: { Ports: [] } },
          })(req, res)
        : nomadAnswers(web.port)(req, res),
    );

    const answer = await names();

    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.body).errors).toEqual([
      `allocation ${runningId} has no port labelled http`,
    ]);
  });

  it('answers 502 nomad_error with Nomad’s own words on a refusal', async () => {
    nomad.answerWith((_req, res) => {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Permission denied');
    });

    const answer = await names();

    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.body)).toMatchObject({
      errors: [
        'Nomad answered 403 to GET /v1/job/nomad-vault-demo/allocations: ' +
          'Permission denied',
      ],
      proxyError: 'nomad_error',
      hint: 'Nomad refused the token; log in with a token that may read jobs.',
    });
  });

  it('answers 502 upstream_unreachable naming the app when it is down', async () => {
    const deadPort = await closedPort();
    nomad.answerWith(nomadAnswers(deadPort));

    const answer = await names();

    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.body)).toMatchObject({
      errors: [
        `the nomad-vault-demo app is not reachable at 127.0.0.1:${deadPort}: ` +
          `connect ECONNREFUSED 127.0.0.1:${deadPort}`,
      ],
      proxyError: 'upstream_unreachable',
      backend: 'web',
    });
  });
});
