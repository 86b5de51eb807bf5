import type { Locator, Page } from '@playwright/test';

import { expect, test, type Walkthrough } from './fixtures.ts';
import { walkExpectations } from './walk-expectations.ts';

const secretPattern = /hvs\.[A-Za-z0-9_-]{20,}/;

/** The typed shell as a learner meets it: an input and its screen. */
class TypedShell {
  readonly input: Locator;
  readonly screen: Locator;
  readonly commands: Locator;

  constructor(
    readonly page: Page,
    walkthrough: Walkthrough,
  ) {
    this.input = page.getByRole('textbox', { name: 'Terminal input' });
    this.screen = page.locator('.terminal-host .xterm-rows');
    this.commands = walkthrough.transcript.locator('.transcript-command');
  }

  /** Types a line and waits until the transcript holds its entry. */
  async run(line: string, answer?: () => Promise<string>): Promise<void> {
    const before = await this.commands.count();
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
    if (answer) {
      await expect(this.screen).toContainText('(will be hidden):');
      await this.page.keyboard.type(await answer());
      await this.page.keyboard.press('Enter');
    }
    await expect(this.commands).toHaveCount(before + 1, { timeout: 60_000 });
    await expect(this.commands.last()).toHaveText(`$ ${line}`);
  }

  /** The output of the latest entry, as the transcript shows it. */
  async lastOutput(): Promise<string> {
    const entry = this.commands.last().locator('xpath=..');
    return (await entry.locator('pre').textContent()) ?? '';
  }
}

/** The step's own commands, as its page lists them for the learner. */
async function stepCommands(page: Page): Promise<string[]> {
  const block = page
    .getByRole('region', { name: 'Commands' })
    .locator('.command-block');
  const text = (await block.textContent()) ?? '';
  return text.split('\n').map((line) => line.replace(/^\$ /, ''));
}

function capture(pattern: RegExp, text: string): string {
  const found = pattern.exec(text)?.[1];
  if (found === undefined) throw new Error(`${pattern} not in:\n${text}`);
  return found;
}

async function heldSecret(page: Page, name: string): Promise<string> {
  const value = await page.evaluate((key) => {
    const held: unknown = JSON.parse(
      sessionStorage.getItem('nvw.secrets') ?? '{}',
    );
    return (held as Record<string, unknown>)[key];
  }, name);
  if (typeof value !== 'string') throw new Error(`no ${name} held`);
  return value;
}

test('walks all 15 steps by typing the guide into the terminal', async ({
  page,
  walkthrough,
}) => {
  await walkthrough.open();
  const shell = new TypedShell(page, walkthrough);
  const startedAt = Date.now();
  let allocation = '';
  let address = '';

  for (const [index, expected] of walkExpectations.entries()) {
    const number = index + 1;
    // Read the step, then type its commands: no Run button is pressed.
    await walkthrough.stepLink(number).click();
    await walkthrough.expectCurrent(number);
    const commands = await stepCommands(page);
    await shell.input.focus();
    for (const command of commands) {
      if (command.includes('<unseal key>')) {
        // Typed without the key, the shell asks for it and hides the answer.
        await shell.run('vault operator unseal', () =>
          heldSecret(page, 'unsealKey'),
        );
      } else if (command.includes('<root token>')) {
        await shell.run('vault login', () => heldSecret(page, 'rootToken'));
      } else if (command.includes('<allocation id>')) {
        await shell.run(command.replace('<allocation id>', allocation));
        address = capture(
          /^\*http\s+yes\s+(\S+:\d+)/m,
          await shell.lastOutput(),
        );
      } else if (command.includes('<address>:<port>')) {
        await shell.run(command.replace('<address>:<port>', address));
      } else {
        await shell.run(command);
      }
      if (command === 'nomad status nomad-vault-demo') {
        const status = await shell.lastOutput();
        allocation = capture(/^Allocations\n.*\n(\w{8})\s/m, status);
      }
    }

    await expect(walkthrough.transcript).toContainText(expected.command);
    for (const line of expected.output) {
      await expect(walkthrough.transcript).toContainText(line);
    }
    await walkthrough.expectState(number, 'done');
  }

  await expect(walkthrough.transcript).toContainText('Chen Wei');
  await expect(walkthrough.transcript).not.toContainText(secretPattern);
  await expect(shell.screen).not.toContainText(secretPattern);
  test.info().annotations.push({
    type: 'typed-walk-ms',
    description: String(Date.now() - startedAt),
  });
});

test('Tab completes in the terminal; Escape then Tab leaves it', async ({
  page,
  walkthrough,
}) => {
  await walkthrough.open();
  const shell = new TypedShell(page, walkthrough);
  await shell.input.focus();

  await page.keyboard.type('vault sta');
  await page.keyboard.press('Tab');
  await expect(shell.screen).toContainText('$ vault status');
  await expect(shell.input).toBeFocused();

  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(shell.input).not.toBeFocused();

  await page.keyboard.press('Shift+Tab');
  await expect(shell.input).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(shell.input).not.toBeFocused();
});
