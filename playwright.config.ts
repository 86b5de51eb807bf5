import { defineConfig, devices } from '@playwright/test';

import { chromiumLaunchOptions } from './e2e/browser.ts';

const mockPort = Number(process.env.E2E_MOCK_PORT ?? 4391);
// The live project drives the sandbox through the Node proxy. Its ports
// stay off 8200/4646 so a developer's own Vault and Nomad never collide.
const livePort = Number(process.env.E2E_LIVE_PORT ?? 4392);
const sandboxVaultPort = Number(process.env.E2E_SANDBOX_VAULT_PORT ?? 18200);
const sandboxNomadPort = Number(process.env.E2E_SANDBOX_NOMAD_PORT ?? 14646);

/** Specs that only make sense against the sandbox: `*.live.spec.ts`. */
const liveOnly = /\.live\.spec\.ts$/;

/** `--project` names on the command line; none means every project. */
function chosenProjects(argv: readonly string[]): string[] {
  return argv.flatMap((arg, index) => {
    if (arg.startsWith('--project=')) return [arg.slice('--project='.length)];
    const next = argv[index + 1];
    return arg === '--project' && next ? [next] : [];
  });
}

// Each project needs only its own server; the sandbox's PostgreSQL would
// be wasted start-up time on a mock-only run.
const knownProjects = ['mock', 'live'];
const chosen = chosenProjects(process.argv);
/** Whether this run may include `project` (unknown names or globs: yes). */
const runs = (project: string) =>
  chosen.length === 0 ||
  chosen.includes(project) ||
  chosen.some((name) => !knownProjects.includes(name));

const mockServer = {
  command: `npx tsx server/main.ts --mock --port ${mockPort} --log-level warn`,
  url: `http://127.0.0.1:${mockPort}/`,
  reuseExistingServer: false,
  timeout: 60_000,
};

const sandboxServer = {
  command:
    `npx tsx server/main.ts --sandbox --port ${livePort} ` +
    `--sandbox-vault-port ${sandboxVaultPort} ` +
    `--sandbox-nomad-port ${sandboxNomadPort} --log-level warn`,
  url: `http://127.0.0.1:${livePort}/api/mode`,
  reuseExistingServer: false,
  timeout: 60_000,
  // SIGTERM lets it stop PostgreSQL and remove the sandbox's data.
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 15_000 },
  stdout: 'ignore' as const,
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
  projects: [
    {
      name: 'mock',
      testMatch: /.*\.spec\.ts/,
      testIgnore: liveOnly,
      use: { baseURL: `http://127.0.0.1:${mockPort}` },
    },
    {
      name: 'live',
      testMatch: [/\/(walk|resume|typed-walk)\.spec\.ts$/, liveOnly],
      use: { baseURL: `http://127.0.0.1:${livePort}` },
    },
  ],
  webServer: [
    ...(runs('mock') ? [mockServer] : []),
    ...(runs('live') ? [sandboxServer] : []),
  ],
});
