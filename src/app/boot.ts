import { resetLab } from '../api/lab.ts';
import { readMode, type ModeInfo } from '../api/mode.ts';
import { logger } from '../lib/logger.ts';
import type { LabControls } from './lab-controls.ts';

export interface Booted {
  modeInfo: ModeInfo;
  lab: LabControls;
}

/**
 * Decides who answers, then gets it ready: in mock mode the worker and the
 * in-tab lab load here, lazily, so live mode never downloads them.
 */
export async function boot(
  onProgress: (message: string) => void,
): Promise<Booted> {
  const modeInfo = await readMode();
  if (modeInfo.mode === 'mock') {
    onProgress('Starting the offline lab…');
    const { startMockMode } = await import('../../mocks/browser.ts');
    const mock = await startMockMode();
    return { modeInfo, lab: { reset: () => mock.reset() } };
  }

  await unregisterMockWorkers();
  const lab: LabControls =
    modeInfo.mode === 'sandbox' ? { reset: resetLab } : {};
  return { modeInfo, lab };
}

// A worker left by an earlier mock session must never answer live calls.
async function unregisterMockWorkers(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  for (const registration of registrations) {
    const script = registration.active?.scriptURL ?? '';
    if (script.endsWith('/mockServiceWorker.js')) {
      logger.info('removing the mock service worker');
      await registration.unregister();
    }
  }
}
