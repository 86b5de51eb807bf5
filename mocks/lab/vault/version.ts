import type { VersionProfile } from '../types.ts';

/** Whether the emulated Vault is at least `wanted` (e.g. "1.17"). */
export function isAtLeast(profile: VersionProfile, wanted: string): boolean {
  const have = profile.vaultVersion.split('.').map(Number);
  const need = wanted.split('.').map(Number);
  for (let i = 0; i < need.length; i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
