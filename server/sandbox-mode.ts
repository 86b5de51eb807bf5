// Sandbox mode: the lab served on real ports (server/sandbox), and this
// server forwarding the app's /api calls to it as it would in live mode.
import type { ServerConfig } from './config/server-config.ts';
import type { ServerOptions } from './create-server.ts';
import { startServer, type StartedServer } from './index.ts';
import { startSandbox } from './sandbox/start.ts';
import type { Sandbox, SandboxOptions } from './sandbox/start.ts';

export interface SandboxServer extends StartedServer {
  sandbox: Sandbox;
  /** Closes the server, then the sandbox (removing its data directory). */
  stop(): Promise<void>;
}

/** The sandbox could not start (its ports, or PostgreSQL). */
export class SandboxStartError extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'SandboxStartError';
  }
}

export interface SandboxServerOptions extends ServerOptions {
  onWarning?: (message: string) => void;
  /** PostgreSQL already starting (the CLI starts it first: initdb is slow). */
  postgres?: SandboxOptions['postgres'];
}

/** Starts the sandbox, then this server with it as the upstream. */
export async function startSandboxServer(
  config: ServerConfig,
  options: SandboxServerOptions = {},
): Promise<SandboxServer> {
  const settings = config.sandbox;
  if (!settings) throw new Error('config.sandbox is not set');
  const { onWarning, postgres, ...serverOptions } = options;
  const sandbox = await startSandbox({
    vaultPort: settings.vaultPort,
    nomadPort: settings.nomadPort,
    ...(settings.postgresUrl ? { postgresUrl: settings.postgresUrl } : {}),
    ...(postgres ? { postgres } : {}),
    ...(onWarning ? { onWarning } : {}),
  }).catch((error: unknown) => {
    throw new SandboxStartError(error);
  });
  try {
    const upstream = {
      vaultAddr: sandbox.vaultAddr,
      nomadAddr: sandbox.nomadAddr,
      vaultNamespace: undefined,
      nomadRegion: undefined,
    };
    const started = await startServer({ ...config, upstream }, serverOptions);
    let stopped: Promise<void> | undefined;
    const stop = async () => {
      await started.app.close();
      await sandbox.stop();
    };
    return { ...started, sandbox, stop: () => (stopped ??= stop()) };
  } catch (error) {
    await sandbox.stop().catch(() => undefined);
    throw error;
  }
}
