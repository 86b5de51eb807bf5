import { resetLab } from '../api/lab.ts';
import { readMode, type ModeInfo } from '../api/mode.ts';
import { logger } from '../lib/logger.ts';
import { chooseMode, readModeOverride } from './boot-mode.ts';
import type { LabControls } from './lab-controls.ts';

const MOCK_WORKER = '/mockServiceWorker.js';

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
  const modeInfo = chooseMode(await readMode(), readModeOverride(session()));
  if (modeInfo.mode === 'mock') {
    onProgress('Starting the offline lab…');
    const { startMockMode } = await import('../../mocks/browser.ts');
    const mock = await startMockMode();
    return { modeInfo, lab: { reset: () => mock.reset() } };
  }

  await leaveMockWorker(navigator.serviceWorker, session());
  const lab: LabControls =
    modeInfo.mode === 'sandbox' ? { reset: resetLab } : {};
  return { modeInfo, lab };
}

/**
 * A worker left by an earlier mock session must never see live calls, so
 * it goes before the first one (S17). Resolves with how many went.
 */
export async function unregisterMockWorkers(
  container: Pick<ServiceWorkerContainer, 'getRegistrations'> | undefined,
): Promise<number> {
  if (!container) return 0;
  const registrations = await container.getRegistrations();
  let removed = 0;
  for (const registration of registrations) {
    if (isMockWorker(registration)) {
      logger.info('removing the mock service worker');
      if (await registration.unregister()) removed += 1;
    }
  }
  return removed;
}

const RELOAD_MARK = 'nvw.worker-reload';

/**
 * Unregistering does not release a page the worker already controls, so
 * such a page reloads once: afterwards no worker sees its requests.
 */
async function leaveMockWorker(
  container: ServiceWorkerContainer | undefined,
  storage: Storage | undefined,
): Promise<void> {
  await unregisterMockWorkers(container);
  const controller = container?.controller?.scriptURL ?? '';
  const hasReloaded = storage?.getItem(RELOAD_MARK) === '1';
  if (controller.endsWith(MOCK_WORKER) && storage && !hasReloaded) {
    storage.setItem(RELOAD_MARK, '1');
    location.reload();
    await new Promise(() => undefined);
  }
  storage?.removeItem(RELOAD_MARK);
}

// A worker still installing or waiting has no active script yet.
function isMockWorker(registration: ServiceWorkerRegistration): boolean {
  const worker =
    registration.active ?? registration.waiting ?? registration.installing;
  return (worker?.scriptURL ?? '').endsWith(MOCK_WORKER);
}

function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
