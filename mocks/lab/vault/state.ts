// Everything Vault keeps in storage, as plain JSON so that the lab can
// snapshot it and bring it back after a tab reload.

import type { PathRule } from './policy-rules.ts';

export interface SealState {
  isInitialized: boolean;
  isSealed: boolean;
  shares: number;
  threshold: number;
  /** Hex of every unseal key share handed out at init. */
  unsealKeys: string[];
  /** Shares received during the current unseal attempt (hex). */
  progress: string[];
  nonce: string;
  clusterName: string;
  clusterId: string;
}

export interface TokenEntry {
  id: string;
  accessor: string;
  policies: string[];
  /** Id of the parent token; absent for orphans. */
  parent?: string;
  displayName: string;
  meta: Record<string, string> | null;
  numUses: number;
  path: string;
  role?: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  creationTtl: number;
  explicitMaxTtl: number;
  period: number;
  isRenewable: boolean;
  /** Null for tokens that never expire (root). */
  expiresAt: number | null;
  lastRenewalAt?: number;
}

export interface StoredPolicy {
  name: string;
  text: string;
  paths: PathRule[];
}

export interface TokenRole {
  name: string;
  allowedPolicies: string[];
  disallowedPolicies: string[];
  allowedPoliciesGlob: string[];
  disallowedPoliciesGlob: string[];
  allowedEntityAliases: string[];
  isOrphan: boolean;
  isRenewable: boolean;
  pathSuffix: string;
  period: number;
  explicitMaxTtl: number;
  tokenType: string;
  hasNoDefaultPolicy: boolean;
  numUses: number;
}

export interface MountEntry {
  path: string;
  type: string;
  description: string;
  accessor: string;
  uuid: string;
  defaultLeaseTtl: number;
  maxLeaseTtl: number;
  isLocal: boolean;
  isSealWrapped: boolean;
  options: Record<string, string> | null;
}

export interface DatabaseConfig {
  name: string;
  pluginName: string;
  allowedRoles: string[];
  verifyConnection: boolean;
  rootRotationStatements: string[];
  passwordPolicy: string;
  pluginVersion: string;
  /** Every other field written, as the plugin receives them. */
  connectionDetails: Record<string, unknown>;
}

export interface DatabaseRole {
  name: string;
  dbName: string;
  creationStatements: string[];
  revocationStatements: string[];
  rollbackStatements: string[];
  renewStatements: string[];
  defaultTtl: number;
  maxTtl: number;
  credentialType: string;
}

export interface DatabaseMountState {
  configs: Record<string, DatabaseConfig>;
  roles: Record<string, DatabaseRole>;
}

export interface Lease {
  id: string;
  /** Mount path with trailing slash, e.g. `database/`. */
  mount: string;
  roleName: string;
  dbName: string;
  username: string;
  revocationStatements: string[];
  /** Token whose revocation takes this lease with it. */
  tokenId: string;
  issuedAt: number;
  expiresAt: number;
  lastRenewalAt: number | null;
  maxTtl: number;
  failedRevocations: number;
  nextRevocationAt: number;
}

export interface VaultState {
  version: 1;
  seal: SealState;
  tokens: Record<string, TokenEntry>;
  policies: Record<string, StoredPolicy>;
  tokenRoles: Record<string, TokenRole>;
  mounts: Record<string, MountEntry>;
  databases: Record<string, DatabaseMountState>;
  leases: Record<string, Lease>;
}

export function emptyState(): VaultState {
  return {
    version: 1,
    seal: {
      isInitialized: false,
      isSealed: true,
      shares: 0,
      threshold: 0,
      unsealKeys: [],
      progress: [],
      nonce: '',
      clusterName: '',
      clusterId: '',
    },
    tokens: {},
    policies: {},
    tokenRoles: {},
    mounts: {},
    databases: {},
    leases: {},
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Restores a snapshot written by this emulator; anything else starts empty. */
export function restoreState(saved: unknown): VaultState {
  const keys: (keyof VaultState)[] = [
    'seal',
    'tokens',
    'policies',
    'tokenRoles',
    'mounts',
    'databases',
    'leases',
  ];
  if (!isRecord(saved) || saved['version'] !== 1) return emptyState();
  if (!keys.every((key) => isRecord(saved[key]))) return emptyState();
  return structuredClone(saved) as unknown as VaultState;
}
