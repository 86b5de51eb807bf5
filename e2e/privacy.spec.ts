import { expect, test } from './fixtures.ts';
import {
  downloadText,
  dumpStorage,
  heldSecrets,
  openAllDetails,
} from './storage-dump.ts';

interface PageRecord {
  violations: string[];
  urls: string[];
}

// One full walk, then every place a secret must not reach: storage, the
// URL history, the page as shown, and the three exports.
test('after a full walk no secret is stored, in a URL or exported', async ({
  page,
  walkthrough,
}) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => {
    const record = { violations: [] as string[], urls: [location.href] };
    Object.defineProperty(window, '__privacy', { value: record });
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = `${event.sourceFile}:${event.lineNumber}`;
      record.violations.push(
        `${event.violatedDirective} ${event.blockedURI} at ${where}`,
      );
    });
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history);
      history[method] = (data, unused, url) => {
        original(data, unused, url);
        record.urls.push(location.href);
      };
    }
  });
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => navigations.push(frame.url()));

  await walkthrough.open();
  await walkthrough.walkTo(15);
  const secrets = await heldSecrets(page);
  // The terminal resizes with the window; xterm must stay within the CSP.
  await page.setViewportSize({ width: 900, height: 700 });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The page as shown, in each view, with every disclosure open.
  const views = page.getByRole('group', { name: 'Show calls as' });
  for (const view of ['curl', 'HTTP', 'CLI']) {
    await views.getByRole('button', { name: view, exact: true }).click();
    await openAllDetails(page);
    const text = await page.evaluate(() => document.body.innerText);
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
  await expect(
    page.getByRole('log', { name: 'Terminal output' }),
  ).toContainText('$ vault operator unseal ****');

  // One reveal shows that value and no other.
  await page.getByRole('button', { name: 'Reveal root token' }).click();
  const [unsealKey, rootToken] = secrets;
  await expect(walkthrough.transcript).toContainText(
    `vault login ${rootToken}`,
  );
  await expect(walkthrough.transcript).not.toContainText(unsealKey ?? '-');
  await page.getByRole('button', { name: 'Hide root token' }).click();

  const exports = {
    cli: await downloadText(page, 'Export shell script (vault/nomad)'),
    curl: await downloadText(page, 'Export shell script (curl)'),
    transcript: await downloadText(page, 'Export transcript'),
  };
  const storage = await dumpStorage(page);
  const record = await page.evaluate(
    () => (window as unknown as { __privacy: PageRecord }).__privacy,
  );
  const urls = [...record.urls, ...navigations, page.url()].join('\n');

  expect(storage.indexedDbNames).toContain('nvw-lab');
  for (const secret of secrets) {
    expect(storage.localStorage).not.toContain(secret);
    expect(storage.indexedDb).not.toContain(secret);
    expect(storage.cacheStorage).not.toContain(secret);
    expect(urls).not.toContain(secret);
    expect(exports.cli).not.toContain(secret);
    expect(exports.curl).not.toContain(secret);
    expect(exports.transcript).not.toContain(secret);
  }
  expect(record.violations).toEqual([]);

  // The exports hold the walk itself: commands in order, files inline.
  expect(exports.cli).toMatch(/^#!\/usr\/bin\/env bash\n/);
  expect(exports.cli).toContain("cat > db.nomad <<'EOF'");
  expect(exports.cli).toContain('vault operator unseal "$UNSEAL_KEY"');
  expect(exports.curl).toContain('"$NOMAD_LAB_CONTROL/nomad/vault"');
  expect(exports.curl).toContain('wait_for_job nomad-vault-demo');
  expect(exports.transcript).toContain('$ vault login hvs.****');
  expect(exports.transcript).toContain('$ nomad job run web-app.nomad');
});
