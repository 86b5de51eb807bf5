// Shared by this folder's tests: a Nomad driven over HTTP, with a task
// runtime that starts tasks at once (or fails or blocks them on request).
import type { Handler } from '../ports.ts';
import { legacyTokenProfile } from '../profile.ts';
import { createMemoryNetwork } from '../runtime/network.ts';
import { createNomad, type NomadEmulator } from './index.ts';
import type { TaskRuntime, TaskSpec } from './runtime.ts';

export interface Answer {
  status: number;
  text: string;
  json: unknown;
  headers: Headers;
}

export interface RuntimeLog {
  started: TaskSpec[];
  stopped: string[];
  /** Set to make the next starts fail with this message. */
  failWith?: string;
  /** Set to keep starts pending, reporting this Template event. */
  blockWith?: string;
}

export function recordingRuntime(log: RuntimeLog): TaskRuntime {
  return {
    start(spec, events, signal) {
      log.started.push(spec);
      if (log.failWith) return Promise.reject(new Error(log.failWith));
      if (log.blockWith) {
        events.event('Template', log.blockWith);
        return new Promise((_, reject) => {
          signal.addEventListener('abort', () => reject(new Error('aborted')));
        });
      }
      return Promise.resolve({
        stop: async () => {
          log.stopped.push(`${spec.allocId}/${spec.task}`);
        },
      });
    },
  };
}

export interface TestNomad {
  nomad: NomadEmulator;
  log: RuntimeLog;
  call(method: string, path: string, body?: unknown): Promise<Answer>;
  /** Parses HCL through the API and registers the job. */
  run(hcl: string): Promise<Answer>;
  advance(seconds: number): void;
}

const noVault: Handler = () =>
  Promise.reject(new Error('Vault was not expected in this test'));

export function testNomad(
  options: { vault?: Handler; state?: unknown; log?: RuntimeLog } = {},
): TestNomad {
  let now = Date.parse('2031-05-01T12:00:00Z');
  const log = options.log ?? { started: [], stopped: [] };
  const nomad = createNomad({
    profile: legacyTokenProfile,
    clock: () => now,
    network: createMemoryNetwork(),
    runtime: recordingRuntime(log),
    vault: options.vault ?? noVault,
    state: options.state,
  });
  const call = async (method: string, path: string, body?: unknown) => {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await nomad.handle(
      new Request(`http://127.0.0.1:4646${path}`, init),
    );
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json, headers: response.headers };
  };
  return {
    nomad,
    log,
    call,
    async run(hcl) {
      const parsed = await call('PUT', '/v1/jobs/parse', { JobHCL: hcl });
      if (parsed.status !== 200) return parsed;
      return call('PUT', '/v1/jobs', { Job: parsed.json });
    },
    advance(seconds) {
      now += seconds * 1000;
    },
  };
}

/** Picks a nested value for readable assertions. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
