import { test } from './fixtures.ts';

test('a reload after step 6 resumes at step 7 with keys intact', async ({
  page,
  walkthrough,
}) => {
  await walkthrough.open();
  for (let number = 1; number <= 6; number += 1) {
    await walkthrough.stepLink(number).click();
    await walkthrough.runCurrent();
    if (number === 1) {
      await page.getByRole('checkbox', { name: /saved/i }).check();
    }
  }

  await page.reload();
  await walkthrough.open('/');

  for (let number = 1; number <= 6; number += 1) {
    await walkthrough.expectState(number, 'done');
  }
  await walkthrough.expectState(7, 'to do');
  await walkthrough.expectCurrent(7);
  // The server token from step 6 is still held: step 7 can use it.
  await walkthrough.runCurrent();
  await walkthrough.expectState(7, 'done');
});
