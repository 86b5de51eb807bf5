// Runs the Playwright suite against a fresh production build, finding a
// browser first: PLAYWRIGHT_CHROMIUM_PATH, a system Chromium, or
// Playwright's own (downloaded where the network allows).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const systemChromiums = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const hasBrowser =
  Boolean(process.env.PLAYWRIGHT_CHROMIUM_PATH) ||
  systemChromiums.some((path) => existsSync(path));
if (!hasBrowser) {
  console.log("No system Chromium found; installing Playwright's own.");
  run('npx', ['playwright', 'install', 'chromium']);
}

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
