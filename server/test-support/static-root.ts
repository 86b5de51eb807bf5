// A throwaway dist/ for server tests: index.html plus one fingerprinted asset.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const INDEX_HTML = '<!doctype html><title>walkthrough</title>';
export const ASSET_PATH = '/assets/index-3f7c2a91.js';
export const ASSET_JS = 'console.log("walkthrough");';

export interface StaticRoot {
  dir: string;
  remove: () => void;
}

export function makeStaticRoot(): StaticRoot {
  const dir = mkdtempSync(join(tmpdir(), 'walkthrough-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX_HTML);
  writeFileSync(join(dir, ASSET_PATH), ASSET_JS);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
