import type { VaultCore } from './core.ts';
import { revokeInBackground } from './lease-revoke.ts';

/**
 * Revokes a token with its leases and, unless `keepChildren`, every token
 * created from it (children of a kept parent become orphans).
 */
export async function revokeToken(
  core: VaultCore,
  id: string,
  keepChildren = false,
): Promise<void> {
  const { tokens, leases } = core.state;
  if (!tokens[id]) return;
  delete tokens[id];
  for (const child of Object.values(tokens)) {
    if (child.parent !== id) continue;
    if (keepChildren) delete child.parent;
    else await revokeToken(core, child.id);
  }
  for (const lease of Object.values(leases)) {
    if (lease.tokenId === id) await revokeInBackground(core, lease);
  }
}
