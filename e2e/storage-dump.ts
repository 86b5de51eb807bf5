import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** What the page keeps anywhere a secret must never land. */
export interface StorageDump {
  localStorage: string;
  indexedDbNames: string[];
  indexedDb: string;
  cacheStorage: string;
}

/**
 * Dumps localStorage, every IndexedDB database and object store (keys and
 * values; binary as text) and every Cache Storage entry.
 */
export function dumpStorage(page: Page): Promise<StorageDump> {
  return page.evaluate(async () => {
    const asText = (value: unknown): string =>
      JSON.stringify(value, (_key, item: unknown) => {
        if (item instanceof ArrayBuffer) item = new Uint8Array(item);
        if (ArrayBuffer.isView(item)) {
          const bytes = new Uint8Array(item.buffer);
          return String.fromCharCode(...bytes.subarray(0, 1 << 20));
        }
        if (item instanceof CryptoKey) return '[CryptoKey]';
        return item;
      }) ?? '';
    const settle = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });

    const local = Object.keys(localStorage).map(
      (key) => `${key}=${localStorage.getItem(key) ?? ''}`,
    );
    const names = (await indexedDB.databases())
      .map((info) => info.name)
      .filter((name): name is string => name !== undefined);
    const stores: string[] = [];
    for (const name of names) {
      const db = await settle(indexedDB.open(name));
      for (const storeName of Array.from(db.objectStoreNames)) {
        const store = db.transaction(storeName).objectStore(storeName);
        const [keys, values] = await Promise.all([
          settle(store.getAllKeys()),
          settle(store.getAll()),
        ]);
        stores.push(name, storeName, asText(keys), asText(values));
      }
      db.close();
    }
    const cached: string[] = [];
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        cached.push(cacheName, request.url, (await response?.text()) ?? '');
      }
    }
    return {
      localStorage: local.join('\n'),
      indexedDbNames: names,
      indexedDb: stores.join('\n'),
      cacheStorage: cached.join('\n'),
    };
  });
}

/** Clicks a download button and reads the file it saves. */
export async function downloadText(page: Page, name: string): Promise<string> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

/** The credentials the app mirrors for the tab (sessionStorage only). */
export async function heldSecrets(page: Page): Promise<string[]> {
  const held = await page.evaluate(
    () =>
      JSON.parse(sessionStorage.getItem('nvw.secrets') ?? '{}') as Record<
        string,
        unknown
      >,
  );
  return ['unsealKey', 'rootToken', 'serverToken', 'dbPassword'].map((name) => {
    const value = held[name];
    if (typeof value !== 'string' || value === '') {
      throw new Error(`the tab holds no ${name}`);
    }
    return value;
  });
}

/** Opens every disclosure, so that page text includes what they hide. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) {
      details.open = true;
    }
  });
}
