// The lab: Vault, Nomad and the tasks Nomad runs, wired together behind
// fetch-style handlers. One instance per browser tab or sandbox process.
import { createNomad } from './nomad/index.ts';
import type { Handler } from './ports.ts';
import { legacyTokenProfile } from './profile.ts';
import { createTaskRuntime } from './runtime/index.ts';
import type { LabTaskRuntime } from './runtime/index.ts';
import { findDatabase } from './runtime/network.ts';
import type { Lab, LabOptions, LabSnapshot } from './types.ts';
import { createVault } from './vault/index.ts';

type Nomad = ReturnType<typeof createNomad>;
type Vault = ReturnType<typeof createVault>;

interface World {
  vault: Vault;
  nomad: Nomad;
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
    const late: { nomad?: Nomad } = {};
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
  const journal = runtime.databases()[0]?.server.journal?.();
  return {
    version: 1,
    vault: vault.snapshot(),
    nomad: nomad.snapshot(),
    ...(journal ? { database: journal } : {}),
  };
}

interface Controls {
  info(): unknown;
  reset(): Promise<void>;
  applyVaultConfig: Nomad['applyVaultConfig'];
}

function controlHandler(controls: Controls): Handler {
  return async (request) => {
    const { pathname } = new URL(request.url);
    const route = `${request.method} ${pathname}`;
    if (route === 'GET /lab/info') return Response.json(controls.info());
    if (route === 'POST /lab/reset') {
      await controls.reset();
      return Response.json({ ok: true });
    }
    if (route === 'PUT /lab/nomad/vault') return applyVault(controls, request);
    const known = ['/lab/info', '/lab/reset', '/lab/nomad/vault'];
    const status = known.includes(pathname) ? 405 : 404;
    const error = status === 405 ? 'method not allowed' : 'unknown lab path';
    return Response.json({ errors: [`${error}: ${route}`] }, { status });
  };
}

async function applyVault(controls: Controls, request: Request) {
  const body: unknown = await request.json().catch(() => undefined);
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    const error = 'the body must be the vault block as a JSON object';
    return Response.json({ errors: [error] }, { status: 400 });
  }
  const result = await controls.applyVaultConfig(body as never);
  return result.ok
    ? Response.json({ ok: true })
    : Response.json({ errors: result.errors }, { status: 400 });
}

/** Forwards to the newest running web app, as its address would. */
async function serveWebApp(runtime: LabTaskRuntime, request: Request) {
  const [app] = runtime.apps().sort((a, b) => b.startedAt - a.startedAt);
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
