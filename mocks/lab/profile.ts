import type { VersionProfile } from './types.ts';

/**
 * The guide's own flow: current Vault API answers, and Nomad as the last
 * release line that still derives task tokens from a Vault token role.
 */
export const legacyTokenProfile: VersionProfile = {
  id: 'nomad-1.9-legacy-tokens',
  vaultVersion: '1.20.4',
  nomadVersion: '1.9.7',
  hasLegacyVaultTokens: true,
};
