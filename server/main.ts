// CLI entry: `npx tsx server/main.ts --vault-addr … --nomad-addr …`.
import { usage } from './config/usage.ts';
import { ConfigError, loadConfig, startServer } from './index.ts';
import type { ServerConfig } from './index.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

async function main(): Promise<void> {
  const result = loadOrExit();
  if (result.isHelp) {
    process.stdout.write(usage);
    return;
  }
  const { config } = result;
  const { app, url } = await startServer(config).catch(explainListenError);
  process.stdout.write(`${describeMode(config)}\nOpen ${url}\n`);
  if (!LOOPBACK.has(config.host)) {
    process.stderr.write(
      `Warning: listening on ${config.host}; anyone who can reach it can ` +
        'use your Vault and Nomad through it with their own tokens.\n',
    );
  }
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
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

function explainListenError(error: unknown): never {
  const code = (error as { code?: unknown }).code;
  const reason =
    code === 'EADDRINUSE'
      ? 'the port is in use; pass --port with another port (0 = any free one)'
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`Cannot listen: ${reason}\n`);
  process.exit(1);
}

await main();
