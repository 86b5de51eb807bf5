// The lab's Nomad: a `nomad agent -dev` (server + client, one node) behind
// a fetch-style handler, for the version in the lab's profile.
import type { Handler, NetworkHost } from '../ports.ts';
import type { VersionProfile } from '../types.ts';
import { Cluster } from './cluster.ts';
import { jobRoutes } from './endpoints/job.ts';
import { jobsRoutes } from './endpoints/jobs.ts';
import { serviceRoutes } from './endpoints/services.ts';
import { search, statusRoutes } from './endpoints/status.ts';
import { HttpError, textError } from './http.ts';
import { newId } from './ids.ts';
import { num } from './json.ts';
import { Router, WRITE } from './router.ts';
import type { TaskRuntime } from './runtime.ts';
import { Scheduler } from './scheduler.ts';
import { initialState, isTerminal, type NomadState } from './state.ts';
import {
  applyVaultConfig,
  type NomadVaultConfig,
} from './vault-integration.ts';

export type { NomadVaultConfig } from './vault-integration.ts';
export type {
  RunningTask,
  TaskEvents,
  TaskRuntime,
  TaskSpec,
} from './runtime.ts';

export interface NomadOptions {
  profile: VersionProfile;
  clock: () => number;
  network: NetworkHost;
  runtime: TaskRuntime;
  /** The lab's Vault, called with the server's Vault token. */
  vault: Handler;
  /** Where that Vault listens; other addresses refuse connections. */
  vaultAddr?: string;
  /** Where this Nomad's HTTP API listens (agent/self reports its port). */
  nomadAddr?: string;
  /** From snapshot(), to come back after a reload. */
  state?: unknown;
  onChange?: () => void;
}

export interface ServiceRegistration {
  name: string;
  address: string;
  port: number;
  jobId: string;
  allocId: string;
}

export interface NomadEmulator {
  /** Nomad's HTTP API; paths start with /v1/. */
  handle: Handler;
  applyVaultConfig(
    config: NomadVaultConfig,
  ): Promise<{ ok: true } | { ok: false; errors: string[] }>;
  /** Every registration (Consul-style and native), for the lab's DNS. */
  services(): ServiceRegistration[];
  /** Plain JSON; includes the server's Vault token when one is set. */
  snapshot(): unknown;
  /** Resolves when placements and task starts have run (or are blocked). */
  settled(): Promise<void>;
  /** Stops every task. */
  dispose(): Promise<void>;
}

const SNAPSHOT_VERSION = 1;

function restoredState(saved: unknown): NomadState | undefined {
  if (typeof saved !== 'object' || saved === null) return undefined;
  const { version, state } = saved as { version?: unknown; state?: unknown };
  if (version !== SNAPSHOT_VERSION || typeof state !== 'object' || !state) {
    return undefined;
  }
  return structuredClone(state) as NomadState;
}

export function createNomad(options: NomadOptions): NomadEmulator {
  const restored = restoredState(options.state);
  const state = restored ?? initialState(options.clock(), newId());
  const ports = {
    profile: options.profile,
    clock: options.clock,
    network: options.network,
    runtime: options.runtime,
    vault: options.vault,
    ...(options.vaultAddr ? { vaultAddr: options.vaultAddr } : {}),
    ...(options.nomadAddr ? { nomadAddr: options.nomadAddr } : {}),
    ...(options.onChange ? { onChange: options.onChange } : {}),
  };
  const cluster = new Cluster(state, ports);
  const scheduler = new Scheduler(cluster);
  const router = new Router().add(
    ...jobsRoutes,
    ...jobRoutes,
    ...statusRoutes,
    ...serviceRoutes,
    { methods: WRITE, path: '/v1/search', handle: search },
  );

  if (restored) {
    // Tasks live in the tab, not in the snapshot: start them again.
    for (const alloc of state.allocs) {
      if (alloc.DesiredStatus !== 'run' || isTerminal(alloc)) continue;
      const record = state.jobs[alloc.JobID];
      const job =
        record?.versions.find((v) => num(v, 'Version') === alloc.JobVersion) ??
        record?.job;
      if (job) scheduler.client.run(alloc, job, true);
    }
  }

  const handle: Handler = async (request) => {
    const url = new URL(request.url);
    const found = router.match(request.method, url.pathname);
    if (found === undefined) return textError(404, '404 page not found\n');
    if (found === 'method') return textError(405, 'Invalid method');
    try {
      return await found.route.handle({
        cluster,
        scheduler,
        request,
        url,
        params: found.params,
      });
    } catch (error) {
      if (error instanceof HttpError)
        return textError(error.status, error.message);
      return textError(500, (error as Error).message ?? String(error));
    }
  };

  return {
    handle,
    applyVaultConfig: (config) => applyVaultConfig(cluster, config),
    services: () =>
      cluster.state.services.map((s) => ({
        name: s.ServiceName,
        address: s.Address,
        port: s.Port,
        jobId: s.JobID,
        allocId: s.AllocID,
      })),
    snapshot: () => ({
      version: SNAPSHOT_VERSION,
      state: structuredClone(cluster.state),
    }),
    settled: () => cluster.work.settled(),
    dispose: () => scheduler.client.stopAll(),
  };
}
