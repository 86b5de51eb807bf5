// The CLI: prints where it serves, and explains bad settings before exiting.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs server/main.ts; stops it once `until` matches stdout. */
function runMain(
  args: string[],
  env: NodeJS.ProcessEnv,
  until?: RegExp,
  killAfterMs = 20_000,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/main.ts', ...args],
      // Its own process group, so a stuck run takes PostgreSQL down too.
      { env: { PATH: process.env.PATH, ...env }, detached: true },
    );
    const run: Run = { stdout: '', stderr: '', code: null };
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, killAfterMs);
    let isSignalled = false;
    child.stdout.on('data', (chunk: Buffer) => {
      run.stdout += chunk.toString('utf8');
      if (!isSignalled && until?.test(run.stdout)) {
        isSignalled = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr.on(
      'data',
      (chunk: Buffer) => (run.stderr += chunk.toString('utf8')),
    );
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ...run, code });
    });
  });
}

describe('server/main.ts', () => {
  it('prints its loopback URL, in mock mode without addresses', async () => {
    const run = await runMain(
      ['--port', '0', '--log-level', 'silent'],
      {},
      /Open http/,
    );

    expect(run.stdout).toMatch(
      new RegExp(
        '^Mock mode: no VAULT_ADDR/NOMAD_ADDR set; the lab runs in the ' +
          'browser\\.\nOpen http://127\\.0\\.0\\.1:\\d+\n',
      ),
    );
  });

  it('exits 2 naming the setting, the problem and the fix', async () => {
    const run = await runMain(['--port', '0'], {
      VAULT_ADDR: 'localhost:8200',
      NOMAD_ADDR: 'http://127.0.0.1:4646',
    });

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'Cannot start: VAULT_ADDR: "localhost:8200" must start with http:// or ' +
        'https://. Use a full address such as http://127.0.0.1:8200.\n',
    );
  });

  it('serves the sandbox with --sandbox and removes it on SIGTERM', async () => {
    const run = await runMain(
      [
        '--sandbox',
        '--port',
        '0',
        '--sandbox-vault-port',
        '0',
        '--sandbox-nomad-port',
        '0',
        '--log-level',
        'silent',
      ],
      {},
      /Open http/,
      60_000,
    );
    const dataRoot = /Data lives in (\S+) and/.exec(run.stdout)?.[1] ?? '';

    expect(run.stdout).toMatch(
      /^This is an emulator of Vault and Nomad for the walkthrough/,
    );
    expect(run.stdout).toMatch(
      /\nexport VAULT_ADDR=http:\/\/127\.0\.0\.1:\d+\n/,
    );
    expect(run.stdout).toMatch(
      /\nOpen http:\/\/127\.0\.0\.1:\d+\nStopping the sandbox\.\.\.\n$/,
    );
    expect(run.code).toBe(0);
    expect(dataRoot).not.toBe('');
    expect(existsSync(dataRoot)).toBe(false);
  }, 90_000);
});
