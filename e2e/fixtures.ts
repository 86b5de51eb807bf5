import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type Locator,
  type Page,
} from '@playwright/test';

/** The walkthrough as a learner sees it: steps, the current step, output. */
export class Walkthrough {
  readonly nav: Locator;
  readonly heading: Locator;
  readonly runButton: Locator;
  readonly status: Locator;
  readonly transcript: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Steps' });
    this.heading = page.getByRole('heading', { level: 2 });
    this.runButton = page.getByRole('button', { name: 'Run step' });
    this.status = page.getByRole('status');
    this.transcript = page.getByRole('log', { name: 'Terminal output' });
  }

  stepLink(number: number): Locator {
    return this.nav.getByRole('link', { name: new RegExp(`^${number}\\. `) });
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.nav).toBeVisible();
    await expect(this.stepLink(1)).toBeVisible({ timeout: 30_000 });
  }

  async expectCurrent(number: number): Promise<void> {
    await expect(this.heading).toHaveText(new RegExp(`^Step ${number}\\b`));
    await expect(this.stepLink(number)).toHaveAttribute('aria-current', 'step');
  }

  /** Runs the current step with the keyboard and waits for "Done". */
  async runCurrent(): Promise<void> {
    await this.runButton.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.status).toContainText('Done', { timeout: 60_000 });
  }

  /** Runs steps 1 to `last` in order, ticking "I saved them" after 1. */
  async walkTo(last = 15): Promise<void> {
    for (let number = 1; number <= last; number += 1) {
      await this.stepLink(number).click();
      await this.expectCurrent(number);
      await this.runCurrent();
      await this.expectState(number, 'done');
      if (number === 1) {
        await this.page.getByRole('checkbox', { name: /saved/i }).check();
      }
    }
  }

  async expectState(number: number, state: string): Promise<void> {
    await expect(this.stepLink(number)).toHaveAccessibleName(
      new RegExp(`^${number}\\. .* — ${state}$`),
    );
  }

  async seriousA11yViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`);
  }
}

export const test = base.extend<{
  walkthrough: Walkthrough;
  freshSandbox: void;
}>({
  walkthrough: async ({ page }, use) => {
    await use(new Walkthrough(page));
  },
  // The sandbox keeps its state for the whole run: each live test starts
  // from an empty lab, whatever ran before it.
  freshSandbox: [
    async ({ request }, use, testInfo) => {
      if (testInfo.project.name === 'live') {
        const reset = await request.post('/api/lab/reset', {
          headers: { 'X-Requested-By': 'nomad-vault-walkthrough' },
        });
        expect(reset.status()).toBe(200);
      }
      await use();
    },
    { auto: true },
  ],
});

export { expect };
