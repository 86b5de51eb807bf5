// Live mode through the real server (S17, F1, F5, C2, C3): the header
// names who answers, no service worker stands between the app and the
// proxy, and errors tell the proxy apart from Vault.
import type { Page } from '@playwright/test';

import { closedPort } from '../server/test-support/upstream-double.ts';
import { expect, test } from './fixtures.ts';
import { startLiveServer, type LiveServer } from './live-server.ts';

const POLICY_PATH = '/v1/sys/policies/acl/nomad-server';

let live: LiveServer;

test.beforeAll(async () => {
  live = await startLiveServer();
});

test.afterAll(async () => {
  await live.close();
});

function workerScripts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const registrations = await navigator.serviceWorker.getRegistrations();
    return registrations.map(
      (r) => (r.active ?? r.waiting ?? r.installing)?.scriptURL ?? '',
    );
  });
}

function runAlert(page: Page) {
  return page.getByRole('region', { name: 'Run this step' }).getByRole('alert');
}

async function switchTo(page: Page, label: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('keys you have not downloaded are lost');
  await dialog
    .getByRole('button', { name: 'Forget the keys and switch' })
    .click();
}

test('the header names live mode and both addresses', async ({
  page,
  walkthrough,
}) => {
  await walkthrough.open(live.url);

  await expect(page.locator('.mode-badge')).toHaveText(
    `Answering: Live: Vault ${live.vault.url}, Nomad ${live.nomad.url}`,
  );
  await expect(
    page.getByRole('button', { name: 'Use the offline lab' }),
  ).toBeVisible();
  expect(await workerScripts(page)).toEqual([]);
  expect(live.vaultHits('GET', '/v1/sys/init')).toBeGreaterThan(0);
});

/** Vault answers that a service worker handled, from now on. */
function vaultAnswersFromWorker(page: Page): string[] {
  const urls: string[] = [];
  page.on('response', (response) => {
    const isVault = new URL(response.url()).pathname.startsWith('/api/vault');
    if (isVault && response.fromServiceWorker()) urls.push(response.url());
  });
  return urls;
}

test('a worker left by the offline lab is gone before the first live call', async ({
  context,
  page,
  walkthrough,
}) => {
  live.setVault('uninitialized');
  await walkthrough.open(live.url);
  await switchTo(page, 'Use the offline lab');
  await expect(page.locator('.mode-badge')).toContainText(
    'Offline lab (mock)',
    { timeout: 30_000 },
  );
  await expect
    .poll(() => workerScripts(page))
    .toEqual([`${live.url}/mockServiceWorker.js`]);
  const hitsInMock = live.vault.hits.length;
  // A second tab: the first keeps the worker alive, as a learner might.
  const second = await context.newPage();
  const fromWorker = vaultAnswersFromWorker(second);

  await second.goto(live.url);

  await expect(second.locator('.mode-badge')).toContainText('Live: Vault');
  expect(await workerScripts(second)).toEqual([]);
  expect(
    await second.evaluate(() => navigator.serviceWorker.controller),
  ).toBeNull();
  await expect.poll(() => live.vault.hits.length).toBeGreaterThan(hitsInMock);
  expect(fromWorker).toEqual([]);
});

test('the offline lab switches back to live with the addresses shown', async ({
  page,
  walkthrough,
}) => {
  await walkthrough.open(live.url);
  await switchTo(page, 'Use the offline lab');
  await expect(page.locator('.mode-badge')).toContainText(
    'Offline lab (mock)',
    { timeout: 30_000 },
  );

  await switchTo(
    page,
    `Use live (Vault ${live.vault.url}, Nomad ${live.nomad.url})`,
  );

  await expect(page.locator('.mode-badge')).toHaveText(
    `Answering: Live: Vault ${live.vault.url}, Nomad ${live.nomad.url}`,
  );
  expect(await workerScripts(page)).toEqual([]);
  await expect(
    page.getByRole('button', { name: 'Use the offline lab' }),
  ).toBeVisible();
});

test('a sealed Vault sends the learner to step 2 after one request', async ({
  page,
  walkthrough,
}) => {
  live.setVault('sealed');
  await walkthrough.open(`${live.url}/step/4-server-policy`);
  const before = live.vaultHits('PUT', POLICY_PATH);

  await walkthrough.runButton.click();

  const alert = runAlert(page);
  await expect(alert).toContainText(
    'Vault is sealed: it refuses everything except unsealing. Unseal it ' +
      'in step 2',
  );
  await expect(
    alert.getByRole('link', { name: 'Go to step 2: Unseal Vault' }),
  ).toBeVisible();
  expect(live.vaultHits('PUT', POLICY_PATH) - before).toBe(1);
});

test('a refusal by Vault says which token was sent', async ({
  page,
  walkthrough,
}) => {
  live.setVault('no-token');
  await walkthrough.open(`${live.url}/step/4-server-policy`);

  await walkthrough.runButton.click();

  const alert = runAlert(page);
  await expect(alert).toContainText(
    'Vault said no: permission denied. The request carried no token at ' +
      'all. Log in with the root token in step 3.',
  );
  await expect(alert).not.toContainText('proxy');
  await expect(
    alert.getByRole('link', { name: /^Go to step 3/ }),
  ).toBeVisible();
});

test('Vault down: the proxy says it could not reach it, and how to start it', async ({
  page,
  walkthrough,
}) => {
  const deadPort = await closedPort();
  const vaultAddr = `http://127.0.0.1:${deadPort}`;
  const down = await startLiveServer({ vaultAddr });
  try {
    await walkthrough.open(`${down.url}/step/1-init-vault`);

    await walkthrough.runButton.click();

    await expect(runAlert(page)).toContainText(
      `The proxy could not reach Vault at ${vaultAddr}: connect ` +
        `ECONNREFUSED 127.0.0.1:${deadPort}. Start Vault (for example ` +
        '`vault server -dev`) or check VAULT_ADDR.',
    );
  } finally {
    await down.close();
  }
});
