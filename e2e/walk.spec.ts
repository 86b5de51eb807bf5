import { expect, test } from './fixtures.ts';
import { walkExpectations } from './walk-expectations.ts';

const secretPattern = /hvs\.[A-Za-z0-9_-]{20,}/;

test('walks all 15 steps and ends on the names list', async ({
  page,
  walkthrough,
}) => {
  const startedAt = Date.now();
  let auditMs = 0;
  await walkthrough.open();

  for (const [index, expected] of walkExpectations.entries()) {
    const number = index + 1;
    // Step N: open it from the Steps navigation, run it, read the terminal.
    await walkthrough.stepLink(number).click();
    await walkthrough.expectCurrent(number);
    await walkthrough.runCurrent();

    await expect(walkthrough.transcript).toContainText(expected.command);
    for (const line of expected.output) {
      await expect(walkthrough.transcript).toContainText(line);
    }
    await walkthrough.expectState(number, 'done');
    const auditStart = Date.now();
    expect(await walkthrough.seriousA11yViolations()).toEqual([]);
    auditMs += Date.now() - auditStart;
    if (number === 1) {
      await page.getByRole('checkbox', { name: /saved/i }).check();
    }
  }

  for (let number = 1; number <= 15; number += 1) {
    await walkthrough.expectState(number, 'done');
  }
  await expect(page.getByRole('list', { name: /names/i })).toBeVisible();
  await expect(walkthrough.transcript).not.toContainText(secretPattern);
  const walkMs = Date.now() - startedAt - auditMs;

  // The lab comes back after a reload: every check still reads done.
  await page.reload();
  await walkthrough.open();
  for (let number = 1; number <= 15; number += 1) {
    await walkthrough.expectState(number, 'done');
  }

  // For the benchmark: the walk itself, without the accessibility audits.
  test.info().annotations.push({
    type: 'walk-ms',
    description: String(walkMs),
  });
});
