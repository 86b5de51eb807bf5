// Mock mode: an MSW service worker answers the app's /api/* requests from
// the lab running in this tab. Loaded lazily, only when the app runs mock.
import type { Lab, LabSnapshot } from './lab/types.ts';

export interface MockMode {
  /** Fresh Vault, Nomad and database, as a new lab would start. */
  reset(): Promise<void>;
  stop(): void;
}

const STORAGE_KEY = 'nvw.lab';
const SAVE_DELAY_MS = 200;
const RESTORE_WAIT_MS = 30_000;

const delay = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function startMockMode(): Promise<MockMode> {
  const [labModule, routes, database, network, msw, mswBrowser] =
    await Promise.all([
      import('./lab/lab.ts'),
      import('./lab/route-api.ts'),
      import('./lab/database/pglite-host.ts'),
      import('./lab/runtime/network.ts'),
      import('msw'),
      import('msw/browser'),
    ]);
  const host = database.createPgliteHost();
  // PGlite takes seconds to boot; have it ready before the database job.
  host.warmUp().catch(() => undefined);
  const store = await openSnapshotStore();
  const create = (snapshot?: LabSnapshot) =>
    labModule.createLab({
      database: host,
      network: network.createMemoryNetwork(),
      ...(snapshot ? { snapshot } : {}),
    });
  const lab = await restoreLab(create, store);
  const handle = routes.routeApi(lab);

  const worker = mswBrowser.setupWorker(
    msw.http.all('/api/*', ({ request }) => {
      const { pathname } = new URL(request.url);
      if (pathname === '/api/mode') return Response.json({ mode: 'mock' });
      return handle(request);
    }),
  );
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });

  const save = () => void store?.save(lab.snapshot());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = lab.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  });
  addEventListener('pagehide', save);
  return {
    async reset() {
      const request = new Request(`${location.origin}/lab/reset`, {
        method: 'POST',
      });
      await lab.control(request);
      save();
    },
    stop() {
      clearTimeout(timer);
      unsubscribe();
      removeEventListener('pagehide', save);
      worker.stop();
      void lab.dispose();
    },
  };
}

async function restoreLab(
  create: (snapshot?: LabSnapshot) => Lab,
  store: SnapshotStore | undefined,
): Promise<Lab> {
  const snapshot = await store?.load();
  if (!snapshot) return create();
  try {
    const lab = create(snapshot);
    // Restored jobs restart their tasks (database replay, templates): let
    // them come up before the app's checks read the lab.
    await Promise.race([lab.settled(), delay(RESTORE_WAIT_MS)]);
    return lab;
  } catch {
    // A snapshot from an older build: start over rather than fail.
    store?.clear();
    return create();
  }
}

interface SnapshotStore {
  load(): Promise<LabSnapshot | undefined>;
  save(snapshot: LabSnapshot): Promise<void>;
  clear(): void;
}

/**
 * The snapshot holds tokens and database passwords, so sessionStorage only
 * gets it encrypted (AES-GCM) under a key that cannot be exported from
 * IndexedDB. Without either API the lab simply starts fresh on reload.
 */
async function openSnapshotStore(): Promise<SnapshotStore | undefined> {
  const key = await snapshotKey().catch(() => undefined);
  if (!key) return undefined;
  return {
    async load() {
      const sealed = sessionStorage.getItem(STORAGE_KEY);
      if (!sealed) return undefined;
      const bytes = Uint8Array.from(atob(sealed), (ch) => ch.charCodeAt(0));
      const iv = bytes.slice(0, 12);
      const data = bytes.slice(12);
      const plain = await crypto.subtle
        .decrypt({ name: 'AES-GCM', iv }, key, data)
        .catch(() => undefined);
      if (!plain) return undefined;
      return JSON.parse(new TextDecoder().decode(plain)) as LabSnapshot;
    },
    async save(snapshot) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const plain = new TextEncoder().encode(JSON.stringify(snapshot));
      const data = new Uint8Array(
        await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain),
      );
      const bytes = new Uint8Array(iv.length + data.length);
      bytes.set(iv);
      bytes.set(data, iv.length);
      try {
        sessionStorage.setItem(STORAGE_KEY, toBase64(bytes));
      } catch {
        // Over quota: the lab keeps running; a reload would start fresh.
      }
    },
    clear: () => sessionStorage.removeItem(STORAGE_KEY),
  };
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(text);
}

const KEY_DATABASE = 'nvw-lab';
const KEY_STORE = 'keys';
const KEY_NAME = 'snapshot';

async function snapshotKey(): Promise<CryptoKey | undefined> {
  if (!globalThis.indexedDB || !globalThis.crypto?.subtle) return undefined;
  const db = await request(indexedDB.open(KEY_DATABASE, 1), (open) => {
    open.result.createObjectStore(KEY_STORE);
  });
  const store = (mode: IDBTransactionMode) =>
    db.transaction(KEY_STORE, mode).objectStore(KEY_STORE);
  const existing: unknown = await request(store('readonly').get(KEY_NAME));
  if (existing instanceof CryptoKey) return existing;
  const key = await crypto.subtle.generateKey(
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  // `add` loses to a key another tab stored first; use that one then.
  const stored = await request(store('readwrite').add(key, KEY_NAME)).then(
    () => key,
    () => request(store('readonly').get(KEY_NAME)),
  );
  return stored instanceof CryptoKey ? stored : undefined;
}

function request<T>(
  pending: IDBRequest<T>,
  onUpgrade?: (open: IDBOpenDBRequest) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    if (onUpgrade && pending instanceof IDBOpenDBRequest) {
      pending.onupgradeneeded = () => onUpgrade(pending);
    }
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error);
  });
}
