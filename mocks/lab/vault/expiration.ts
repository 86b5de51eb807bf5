import type { VaultCore } from './core.ts';
import { revokeInBackground } from './lease-revoke.ts';
import { revokeToken } from './token-revoke.ts';

/**
 * Revokes tokens and leases whose time has run out, and retries leases
 * whose revocation failed before. Runs before every request, so the lab's
 * clock drives expiry.
 */
export async function expireDue(core: VaultCore) {
  const now = core.clock();
  for (const token of Object.values(core.state.tokens)) {
    if (token.expiresAt !== null && token.expiresAt <= now) {
      await revokeToken(core, token.id);
    }
  }
  for (const lease of Object.values(core.state.leases)) {
    const isDue = lease.expiresAt <= now || lease.failedRevocations > 0;
    if (isDue && lease.nextRevocationAt <= now) {
      await revokeInBackground(core, lease);
    }
  }
}
