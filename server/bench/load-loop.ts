// A small bounded load generator for benchmarks: N requests over C keep-
// alive connections, stopping early at a time limit, with latencies kept.
import { Agent, request } from 'node:http';

export interface Target {
  name: string;
  port: number;
  path: string;
  method: 'GET' | 'PUT';
  body?: string;
}

export interface Figures {
  done: number;
  errors: number;
  seconds: number;
  /** Sorted ascending. */
  latenciesMs: number[];
}

function once(agent: Agent, target: Target): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port: target.port,
        method: target.method,
        path: target.path,
        headers: {
          'x-requested-by': 'nomad-vault-walkthrough',
          ...(target.body ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve((res.statusCode ?? 0) < 300));
      },
    );
    req.on('error', () => resolve(false));
    req.end(target.body);
  });
}

/** Sends up to `requests` requests, `concurrency` at a time, for ≤ maxMs. */
export async function load(
  target: Target,
  requests: number,
  concurrency: number,
  maxMs: number,
): Promise<Figures> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latenciesMs: number[] = [];
  let issued = 0;
  let errors = 0;
  const started = performance.now();
  const worker = async () => {
    while (issued < requests && performance.now() - started < maxMs) {
      issued += 1;
      const sent = performance.now();
      if (!(await once(agent, target))) errors += 1;
      latenciesMs.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  latenciesMs.sort((a, b) => a - b);
  return { done: latenciesMs.length, errors, seconds, latenciesMs };
}

export function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(
    sorted.length - 1,
    Math.floor((p / 100) * sorted.length),
  );
  return sorted[index] ?? 0;
}

/** Right-aligned columns except the first, two spaces apart. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
