// Measures what the live-mode proxy adds: the same requests sent straight to
// a loopback upstream double and through server/, side by side.
// Run: npx tsx scripts/bench-proxy.ts [--requests N] [--concurrency C]
//      [--seconds S]
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

import {
  formatTable,
  load,
  percentile,
  type Figures,
  type Target,
} from '../server/bench/load-loop.ts';
import {
  createServer as createProxy,
  defaultServerConfig,
} from '../server/index.ts';

const HEALTH =
  '{"initialized":true,"sealed":false,"standby":false,"version":"1.20.4"}';
const RULE = 'path "database/creds/accessdb" {\n  capabilities = ["read"]\n}\n';
const POLICY = JSON.stringify({ policy: RULE.repeat(12) });

/** A Vault stand-in: health as JSON for GET, 204 for PUT. */
async function startUpstream(): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const isWrite = req.method === 'PUT';
      res.writeHead(isWrite ? 204 : 200, {
        'content-type': 'application/json',
      });
      res.end(isWrite ? undefined : HEALTH);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function startProxy(upstreamAddr: string) {
  const proxy = await createProxy({
    ...defaultServerConfig,
    port: 0,
    logLevel: 'warn',
    upstream: {
      vaultAddr: upstreamAddr,
      nomadAddr: upstreamAddr,
      vaultNamespace: undefined,
      nomadRegion: undefined,
    },
  });
  await proxy.listen({ host: '127.0.0.1', port: 0 });
  return proxy;
}

function targetsFor(upstreamPort: number, proxyPort: number): Target[] {
  const health = '/v1/sys/health';
  const policy = '/v1/sys/policies/acl/bench';
  return [
    {
      name: 'direct  GET health',
      port: upstreamPort,
      method: 'GET',
      path: health,
    },
    {
      name: 'proxied GET health',
      port: proxyPort,
      method: 'GET',
      path: `/api/vault${health}`,
    },
    {
      name: 'direct  PUT policy 1 KB',
      port: upstreamPort,
      method: 'PUT',
      path: policy,
      body: POLICY,
    },
    {
      name: 'proxied PUT policy 1 KB',
      port: proxyPort,
      method: 'PUT',
      path: `/api/vault${policy}`,
      body: POLICY,
    },
  ];
}

function row(target: Target, concurrency: number, figures: Figures): string[] {
  return [
    target.name,
    String(concurrency),
    String(figures.done),
    String(Math.round(figures.done / figures.seconds)),
    percentile(figures.latenciesMs, 50).toFixed(3),
    percentile(figures.latenciesMs, 99).toFixed(3),
    String(figures.errors),
  ];
}

/** "proxy adds" lines from consecutive direct/proxied row pairs. */
function overheads(rows: string[][]): string[] {
  const lines: string[] = [];
  for (let i = 0; i + 1 < rows.length; i += 2) {
    const [direct = [], proxied = []] = [rows[i], rows[i + 1]];
    const added = (col: number) =>
      (Number(proxied[col]) - Number(direct[col])).toFixed(3);
    const what = `${proxied[0]?.slice(8)} at concurrency ${proxied[1]}`;
    lines.push(`proxy adds ${added(4)} ms p50, ${added(5)} ms p99: ${what}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '5000' },
      concurrency: { type: 'string', default: '16' },
      seconds: { type: 'string', default: '5' },
    },
  });
  const requests = Number(values.requests);
  const maxMs = Number(values.seconds) * 1000;

  const upstream = await startUpstream();
  const upstreamPort = (upstream.address() as AddressInfo).port;
  const proxy = await startProxy(`http://127.0.0.1:${upstreamPort}`);
  const proxyPort = (proxy.server.address() as AddressInfo).port;
  const targets = targetsFor(upstreamPort, proxyPort);

  for (const target of targets) await load(target, 300, 4, 2000);
  const rows: string[][] = [];
  for (const concurrency of [1, Number(values.concurrency)]) {
    for (const target of targets) {
      const figures = await load(target, requests, concurrency, maxMs);
      rows.push(row(target, concurrency, figures));
    }
  }

  const header = [
    'path',
    'conc',
    'requests',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
  ];
  console.log(
    `Node ${process.version}; client, proxy and upstream share one ` +
      'process on loopback.\n' +
      `Up to ${requests} requests or ${maxMs / 1000} s per row, after a ` +
      '300-request warm-up.\n',
  );
  console.log(formatTable(header, rows));
  console.log(`\n${overheads(rows).join('\n')}`);
  await proxy.close();
  await new Promise((resolve) => upstream.close(resolve));

  // The sandbox's cold start, in the same run, from its own script.
  console.log(
    '\nSandbox cold start (process start to both APIs and PostgreSQL):',
  );
  spawnSync('npx', ['tsx', 'scripts/bench-sandbox.ts', '3'], {
    stdio: 'inherit',
  });
}

await main();
