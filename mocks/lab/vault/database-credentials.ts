import type { VaultCore } from './core.ts';
import { randomBase62, randomFrom, randomInt } from './ids.ts';
import { isAtLeast } from './version.ts';

const lower = 'abcdefghijklmnopqrstuvwxyz';
const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const digits = '0123456789';

/**
 * The PostgreSQL plugin's default username template:
 * `v-<display name ≤8>-<role ≤8>-<20 random>-<unix time>`, at most 63.
 */
export function generateUsername(
  displayName: string,
  roleName: string,
  now: number,
): string {
  const name = [
    'v',
    displayName.slice(0, 8),
    roleName.slice(0, 8),
    randomBase62(20),
    String(Math.floor(now / 1000)),
  ].join('-');
  return name.slice(0, 63);
}

function shuffle(text: string): string {
  const chars = [...text];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
  }
  return chars.join('');
}

/**
 * Vault's default password policy (1.6+): 20 characters of letters,
 * digits and `-`, with at least one of each kind; older releases used
 * `A1a-` followed by 16 alphanumerics.
 */
export function generatePassword(core: VaultCore): string {
  if (!isAtLeast(core.profile, '1.6')) return `A1a-${randomBase62(16)}`;
  const required =
    randomFrom(lower, 1) + randomFrom(upper, 1) + randomFrom(digits, 1) + '-';
  const rest = randomFrom(`${lower}${upper}${digits}-`, 16);
  return shuffle(required + rest);
}
