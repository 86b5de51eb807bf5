import { expect, test } from './fixtures.ts';
import { heldSecrets, openAllDetails } from './storage-dump.ts';

const BLOCK_FILE = 'nomad-vault-block.hcl';

test('presenter mode removes every reveal and hides every secret', async ({
  page,
  walkthrough,
}) => {
  test.setTimeout(180_000);
  await walkthrough.open();
  const presenter = page.getByRole('button', { name: 'Presenter mode' });
  await presenter.click();
  await expect(presenter).toHaveAttribute('aria-pressed', 'true');

  // Steps 1-12: the unseal key, both tokens and a database password.
  await walkthrough.walkTo(12);
  const secrets = await heldSecrets(page);
  const serverToken = secrets[2] ?? '';

  await walkthrough.stepLink(1).click();
  await openAllDetails(page);
  await expect(page.getByRole('button', { name: /^Reveal/ })).toHaveCount(0);
  const views = page.getByRole('group', { name: 'Show calls as' });
  for (const view of ['CLI', 'curl', 'HTTP']) {
    await views.getByRole('button', { name: view, exact: true }).click();
    await openAllDetails(page);
    const text = await page.evaluate(() => document.body.innerText);
    for (const secret of secrets) expect(text).not.toContain(secret);
  }

  // Step 7: a block pasted with the real token shows masked, not editable.
  await walkthrough.stepLink(7).click();
  const editor = page.getByRole('textbox', { name: `Edit ${BLOCK_FILE}` });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(`vault {\n  token = "${serverToken}"\n}\n`);
  const masked = page.getByLabel(`${BLOCK_FILE}, secrets masked`);
  await expect(masked).toContainText('token = "hvs.****"');
  await expect(
    page.getByRole('button', { name: /^Reveal Nomad server token/ }),
  ).toHaveCount(0);
  const pageText = await page.evaluate(() => document.body.innerText);
  expect(pageText).not.toContain(serverToken);

  // Off again: still masked until the learner reveals it.
  await presenter.click();
  await expect(masked).toBeVisible();
  await page
    .getByRole('button', { name: 'Reveal Nomad server token to edit' })
    .click();
  await expect(editor).toContainText(serverToken);
  await page
    .getByRole('button', { name: `Restore original ${BLOCK_FILE}` })
    .click();
});
