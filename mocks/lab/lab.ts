// The lab: Vault, Nomad and the tasks Nomad runs, wired together behind
// fetch-style handlers. One instance per browser tab or sandbox process.
import { controlHandler } from './lab-control.ts';
import { createNomad } from './nomad/index.ts';
import type { NomadEmulator } from './nomad/index.ts';
import { legacyTokenProfile } from './profile.ts';
import { createTaskRuntime } from './runtime/index.ts';
import type { LabTaskRuntime } from './runtime/index.ts';
import { findDatabase } from './runtime/network.ts';
import type { Lab, LabOptions, LabSnapshot } from './types.ts';
import { createVault } from './vault/index.ts';
import type { VaultEmulator } from './vault/index.ts';

interface World {
  vault: VaultEmulator;
  nomad: NomadEmulator;
  runtime: LabTaskRuntime;
}

export const NO_WEB_APP =
  'nomad-vault-demo is not running: no allocation of it serves /names yet';

/** Builds a lab, restoring `options.snapshot` when given. */
export function createLab(options: LabOptions): Lab {
  const profile = options.profile ?? legacyTokenProfile;
  const clock = options.clock ?? Date.now;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const build = (snapshot: LabSnapshot | undefined): World => {
    if (snapshot && snapshot.version !== 1) {
      throw new Error(`unsupported lab snapshot version ${snapshot.version}`);
    }
    // Nomad needs the runtime and the runtime asks Nomad for services.
    const late: { nomad?: NomadEmulator } = {};
    const services = () => late.nomad?.services() ?? [];
    const resolveDatabase = (host: string, port: number) =>
      findDatabase(host, port, services(), runtime.databases());
    const vault = createVault({
      profile,
      clock,
      resolveDatabase,
      state: snapshot?.vault,
      onChange: notify,
    });
    const runtime = createTaskRuntime({
      database: options.database,
      network: options.network,
      vault: vault.handle,
      clock,
      resolveDatabase,
      services,
      ...(snapshot?.database ? { journal: snapshot.database } : {}),
      onChange: notify,
    });
    const nomad = createNomad({
      profile,
      clock,
      network: options.network,
      runtime,
      vault: vault.handle,
      ...(options.vaultAddr ? { vaultAddr: options.vaultAddr } : {}),
      ...(options.nomadAddr ? { nomadAddr: options.nomadAddr } : {}),
      state: snapshot?.nomad,
      onChange: notify,
    });
    late.nomad = nomad;
    return { vault, nomad, runtime };
  };

  let world = build(options.snapshot);
  const stop = async ({ nomad, runtime }: World) => {
    await nomad.dispose();
    await runtime.stopAll();
  };
  const reset = async () => {
    const old = world;
    world = build(undefined);
    await stop(old);
    notify();
  };

  return {
    vault: (request) => world.vault.handle(request),
    nomad: (request) => world.nomad.handle(request),
    control: controlHandler({
      info: () => ({
        emulator: true,
        profile,
        versions: { vault: profile.vaultVersion, nomad: profile.nomadVersion },
      }),
      reset,
      applyVaultConfig: (config) => world.nomad.applyVaultConfig(config),
    }),
    app: (request) => serveWebApp(world.runtime, request),
    settled: () => world.nomad.settled(),
    snapshot: () => snapshotOf(world),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async dispose() {
      listeners.clear();
      await stop(world);
    },
  };
}

function snapshotOf({ vault, nomad, runtime }: World): LabSnapshot {
  const journal = runtime.journal();
  return {
    version: 1,
    vault: vault.snapshot(),
    nomad: nomad.snapshot(),
    ...(journal ? { database: journal } : {}),
  };
}

/** Forwards to the newest web app (apps are listed in start order). */
async function serveWebApp(runtime: LabTaskRuntime, request: Request) {
  const app = runtime.apps().at(-1);
  if (!app) return Response.json({ errors: [NO_WEB_APP] }, { status: 503 });
  const url = new URL(request.url);
  const target = `http://${app.address}:${app.port ?? 8080}${url.pathname}`;
  return app.handler(
    new Request(`${target}${url.search}`, {
      method: request.method,
      headers: request.headers,
    }),
  );
}
