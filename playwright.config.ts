import { defineConfig, devices } from '@playwright/test';

import { chromiumLaunchOptions } from './e2e/browser.ts';

const mockPort = Number(process.env.E2E_MOCK_PORT ?? 4391);

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
      use: { baseURL: `http://127.0.0.1:${mockPort}` },
    },
  ],
  webServer: [
    {
      command: `npx tsx server/main.ts --mock --port ${mockPort} --log-level warn`,
      url: `http://127.0.0.1:${mockPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
