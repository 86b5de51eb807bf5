// Fault rows of the checklist that the app itself must explain, driven
// through the real server in live mode: F4, F10, F11, F14.
import type { Page } from '@playwright/test';

import { closedPort } from '../server/test-support/upstream-double.ts';
import { expect, test } from './fixtures.ts';
import { startLiveServer, type LiveServer } from './live-server.ts';

const POLICY_STEP = '/step/4-server-policy';
const POLICY_PATH = '/v1/sys/policies/acl/nomad-server';

let live: LiveServer;

test.beforeAll(async () => {
  live = await startLiveServer();
});

test.afterAll(async () => {
  await live.close();
});

function runAlert(page: Page) {
  return page.getByRole('region', { name: 'Run this step' }).getByRole('alert');
}

test('F4: a Vault 500 is quoted without its multi-error wrapping', async ({
  page,
  walkthrough,
}) => {
  live.setVault({
    status: 500,
    body: {
      errors: [
        '1 error occurred:\n\t* failed to persist policy: disk full\n\n',
      ],
    },
  });
  await walkthrough.open(live.url + POLICY_STEP);

  await walkthrough.runButton.click();

  await expect(runAlert(page)).toHaveText(
    'Vault said no: failed to persist policy: disk full',
  );
});

test('F10: a standby redirect is explained, not followed', async ({
  page,
  walkthrough,
}) => {
  live.setVault({
    status: 307,
    body: {},
    headers: { location: `http://active.invalid:8200${POLICY_PATH}` },
  });
  await walkthrough.open(live.url + POLICY_STEP);
  const before = live.vaultHits('PUT', POLICY_PATH);

  await walkthrough.runButton.click();

  await expect(runAlert(page)).toContainText(
    `The Vault at this address is a standby node (HTTP 307 for PUT ` +
      `${POLICY_PATH})`,
  );
  await expect(runAlert(page)).toContainText(
    'The active node says it is at http://active.invalid:8200. Point ' +
      'VAULT_ADDR at the active node and restart the walkthrough server.',
  );
  expect(live.vaultHits('PUT', POLICY_PATH) - before).toBe(1);
});

test('F11: a rate limit counts down, then Run works again', async ({
  page,
  walkthrough,
}) => {
  live.setVault({
    status: 429,
    body: { errors: ['rate limit quota exceeded'] },
    headers: { 'retry-after': '2' },
  });
  await walkthrough.open(live.url + POLICY_STEP);
  const before = live.vaultHits('PUT', POLICY_PATH);

  await walkthrough.runButton.click();

  await expect(runAlert(page)).toContainText(
    'Vault is limiting how fast it accepts requests (rate limit quota ' +
      'exceeded). It asked to wait 2 s; Run is available again when the ' +
      'countdown ends.',
  );
  const timer = page.getByRole('timer');
  await expect(timer).toContainText(
    /^Vault asked to wait: Run is available again in [12] s\.$/,
  );
  await expect(walkthrough.runButton).toHaveAttribute('aria-disabled', 'true');
  // Forced: Playwright itself would wait for aria-disabled to clear.
  await walkthrough.runButton.click({ force: true });
  live.setVault('no-token');
  await expect(timer).toBeHidden({ timeout: 10_000 });
  expect(live.vaultHits('PUT', POLICY_PATH) - before).toBe(1);
  await expect(walkthrough.runButton).toHaveAttribute('aria-disabled', 'false');
  await walkthrough.runButton.click();
  await expect(runAlert(page)).toContainText(
    'Vault said no: permission denied',
  );
  expect(live.vaultHits('PUT', POLICY_PATH) - before).toBe(2);
});

test('F14: Nomad down is reported like Vault down', async ({
  page,
  walkthrough,
}) => {
  const deadPort = await closedPort();
  const nomadAddr = `http://127.0.0.1:${deadPort}`;
  const down = await startLiveServer({ nomadAddr });
  try {
    await walkthrough.open(`${down.url}/step/8-database-job`);

    await walkthrough.runButton.click();

    await expect(runAlert(page)).toContainText(
      `The proxy could not reach Nomad at ${nomadAddr}: connect ` +
        `ECONNREFUSED 127.0.0.1:${deadPort}. Start Nomad (for example ` +
        '`nomad agent -dev`) or check NOMAD_ADDR.',
    );
  } finally {
    await down.close();
  }
});
