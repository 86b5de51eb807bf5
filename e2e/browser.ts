import { existsSync } from 'node:fs';

const systemChromiums = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** PLAYWRIGHT_CHROMIUM_PATH, else a system Chromium, else Playwright's own. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return systemChromiums.find((path) => existsSync(path));
}

// Flags for a closed network: no background fetches, no QUIC, no sandbox
// (CI runs as root).
const quietFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  return executablePath
    ? { executablePath, args: quietFlags }
    : { args: quietFlags };
}
