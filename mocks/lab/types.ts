import type { DatabaseHost, Handler, NetworkHost } from './ports.ts';

/** Which Vault and Nomad the lab behaves like (see shared contracts). */
export interface VersionProfile {
  id: string;
  vaultVersion: string;
  nomadVersion: string;
  /** Nomad ≤ 1.9: servers hold a Vault token and derive task tokens. */
  hasLegacyVaultTokens: boolean;
}

export interface LabOptions {
  profile?: VersionProfile;
  /** Milliseconds since the epoch; tests move time by hand. */
  clock?: () => number;
  database: DatabaseHost;
  network: NetworkHost;
  /**
   * Where this lab's Vault is served (default http://127.0.0.1:8200); its
   * Nomad reaches Vault at this address only, as a real agent would.
   */
  vaultAddr?: string;
  /** Where this lab's Nomad API is served (default :4646 on loopback). */
  nomadAddr?: string;
  /** State from `Lab.snapshot()`, to come back after a reload. */
  snapshot?: LabSnapshot;
}

/** JSON-serialisable lab state (Vault storage, Nomad state, DB journal). */
export interface LabSnapshot {
  version: 1;
  vault: unknown;
  nomad: unknown;
  database?: string[];
}

export interface Lab {
  /** Vault's HTTP API; request paths start with /v1/. */
  vault: Handler;
  /** Nomad's HTTP API; request paths start with /v1/. */
  nomad: Handler;
  /**
   * Emulator-only controls; paths start with /lab/:
   * GET /lab/info, POST /lab/reset, PUT /lab/nomad/vault (the agent's
   * vault block as JSON; applies it as a restart of Nomad would).
   */
  control: Handler;
  /** The web app of the running nomad-vault-demo job: GET /names. */
  app: Handler;
  /** Resolves once background work (task starts) has settled. */
  settled(): Promise<void>;
  snapshot(): LabSnapshot;
  subscribe(listener: () => void): () => void;
  dispose(): Promise<void>;
}
