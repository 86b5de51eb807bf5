// Settings follow the Vault/Nomad CLI conventions, and every problem names
// where the value came from, what is wrong with it and how to fix it.
import { describe, expect, it } from 'vitest';

import { ConfigError, loadConfig, type ConfigInput } from './load-config.ts';
import { defaultServerConfig } from './server-config.ts';

function load(input: Partial<ConfigInput>) {
  const result = loadConfig({ argv: [], env: {}, ...input });
  if (result.isHelp) throw new Error('unexpected --help');
  return result.config;
}

function problemsOf(input: Partial<ConfigInput>): readonly string[] {
  try {
    load(input);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const bothAddrs = {
  VAULT_ADDR: 'http://127.0.0.1:8200',
  NOMAD_ADDR: 'http://127.0.0.1:4646',
};

describe('loadConfig', () => {
  it('runs in mock mode on loopback when nothing is set', () => {
    expect(load({})).toEqual(defaultServerConfig);
  });

  it('reads the CLI variables for live mode', () => {
    const config = load({
      env: { ...bothAddrs, VAULT_NAMESPACE: 'admin', NOMAD_REGION: 'eu' },
    });

    expect(config.upstream).toEqual({
      vaultAddr: 'http://127.0.0.1:8200',
      nomadAddr: 'http://127.0.0.1:4646',
      vaultNamespace: 'admin',
      nomadRegion: 'eu',
    });
  });

  it('lets flags beat the config file, and the file beat the environment', () => {
    const file = JSON.stringify({
      vaultAddr: 'http://192.0.2.5:8200',
      port: 9000,
      timeout: '45s',
    });

    const config = load({
      argv: ['--config', 'workshop.json', '--port', '9100', '--timeout', '5s'],
      env: bothAddrs,
      readText: () => file,
    });

    expect(config.upstream?.vaultAddr).toBe('http://192.0.2.5:8200');
    expect(config.upstream?.nomadAddr).toBe('http://127.0.0.1:4646');
    expect(config.port).toBe(9100);
    expect(config.timeoutMs).toBe(5000);
  });

  it('keeps init at least as patient as any other call', () => {
    const config = load({ argv: ['--timeout', '5m'] });

    expect(config.initTimeoutMs).toBe(300_000);
  });

  it('ignores addresses with --mock', () => {
    expect(load({ argv: ['--mock'], env: bothAddrs }).upstream).toBeNull();
  });

  it('explains an address without a scheme', () => {
    expect(
      problemsOf({
        argv: [
          '--vault-addr',
          'localhost:8200',
          '--nomad-addr',
          'http://n:4646',
        ],
      }),
    ).toEqual([
      '--vault-addr: "localhost:8200" must start with http:// or https://. ' +
        'Use a full address such as http://127.0.0.1:8200.',
    ]);
  });

  it('explains an address with a path or credentials', () => {
    expect(
      problemsOf({
        env: { ...bothAddrs, NOMAD_ADDR: 'http://u:p@127.0.0.1:4646/ui' },
      }),
    ).toEqual([
      'NOMAD_ADDR: "http://***@127.0.0.1:4646/ui" must not contain a user name ' +
        'or password. Use a full address such as http://127.0.0.1:4646.',
    ]);
  });

  it('asks for the missing partner address', () => {
    expect(
      problemsOf({ env: { VAULT_ADDR: 'http://127.0.0.1:8200' } }),
    ).toEqual([
      'NOMAD_ADDR: is not set, but VAULT_ADDR is; live mode needs both ' +
        'addresses. Set NOMAD_ADDR or pass --nomad-addr, or pass --mock to ' +
        'run in mock mode.',
    ]);
  });

  it('names the file and key of a bad or unknown setting', () => {
    const file = JSON.stringify({ port: 70000, vault_addr: 'x' });

    expect(
      problemsOf({ argv: ['--config', 'w.json'], readText: () => file }),
    ).toEqual([
      '"vault_addr" in w.json: is not a setting. Known settings: vaultAddr, ' +
        'nomadAddr, vaultNamespace, nomadRegion, host, port, timeout, ' +
        'initTimeout, allowedHosts, staticRoot, logLevel, mock, sandbox, ' +
        'sandboxVaultPort, sandboxNomadPort, postgresUrl.',
    ]);
    expect(
      problemsOf({
        argv: ['--config', 'w.json'],
        readText: () => '{"port":70000}',
      }),
    ).toEqual([
      '"port" in w.json: 70000 is above 65535. Pass a port from 1 to 65535, ' +
        'or 0 for any free port.',
    ]);
  });

  it('reports an unreadable config file with the reason', () => {
    const readText = () => {
      throw new Error("ENOENT: no such file or directory, open 'nope.json'");
    };

    expect(problemsOf({ argv: ['--config', 'nope.json'], readText })).toEqual([
      '--config nope.json: cannot be read as JSON (ENOENT: no such file or ' +
        "directory, open 'nope.json').",
    ]);
  });

  it('rejects a host name that is not an IP literal, and a bad duration', () => {
    expect(
      problemsOf({ argv: ['--host', 'my-laptop', '--timeout', 'soon'] }),
    ).toEqual([
      '--host: "my-laptop" must be an IP address such as 127.0.0.1 (or ' +
        'localhost). Keep 127.0.0.1 unless other machines must reach the app.',
      '--timeout: "soon" must be a duration between 1ms and 1h. Use a ' +
        'duration such as 30s or 2m.',
    ]);
  });

  it('points unknown flags at --help', () => {
    const [problem] = problemsOf({ argv: ['--vault-address', 'x'] });

    expect(problem).toMatch(/'--vault-address'/);
    expect(problem).toMatch(/Run with --help to see the options\.$/);
  });

  it('reads the sandbox ports and database, defaulting to 8200 and 4646', () => {
    const url = 'postgres://postgres:pw@127.0.0.1:5433/postgres';

    const chosen = load({
      argv: ['--sandbox', '--sandbox-vault-port', '0', '--postgres-url', url],
    });

    expect(chosen.sandbox).toEqual({
      vaultPort: 0,
      nomadPort: 4646,
      postgresUrl: url,
    });
    expect(chosen.upstream).toBeNull();
    expect(load({ argv: ['--sandbox'] }).sandbox).toEqual({
      vaultPort: 8200,
      nomadPort: 4646,
      postgresUrl: undefined,
    });
    expect(load({}).sandbox).toBeNull();
  });

  it('lets --sandbox ignore exported addresses but not given ones', () => {
    expect(load({ argv: ['--sandbox'], env: bothAddrs }).upstream).toBeNull();
    expect(
      problemsOf({ argv: ['--sandbox', '--vault-addr', 'http://v:8200'] }),
    ).toEqual([
      '--vault-addr: cannot be combined with --sandbox, which serves its ' +
        'own Vault and Nomad. Drop --vault-addr, or drop --sandbox for ' +
        'live mode.',
    ]);
  });

  it('explains sandbox settings that cannot work', () => {
    expect(
      problemsOf({
        argv: [
          '--sandbox-nomad-port',
          '14646',
          '--postgres-url',
          'mysql://u:secret@db/x',
        ],
      }),
    ).toEqual([
      '--postgres-url: "mysql://***@db/x" must start with postgres:// or ' +
        'postgresql://. Use a throwaway server such as ' +
        'postgres://postgres:secret@127.0.0.1:5432/postgres.',
      '--sandbox-nomad-port: only applies in sandbox mode. Pass --sandbox ' +
        'too, or drop --sandbox-nomad-port.',
      '--postgres-url: only applies in sandbox mode. Pass --sandbox too, or ' +
        'drop --postgres-url.',
    ]);
    expect(
      problemsOf({
        argv: ['--sandbox', '--mock', '--sandbox-nomad-port', '8200'],
      }),
    ).toEqual([
      '--mock: cannot be combined with --sandbox; pick one mode.',
      '--sandbox-nomad-port: the sandbox Vault and Nomad cannot share port ' +
        '8200. Pick two different ports (0 = any free port).',
    ]);
  });

  it('answers --help without validating anything else', () => {
    expect(loadConfig({ argv: ['--help', '--port', 'x'], env: {} })).toEqual({
      isHelp: true,
    });
  });
});
