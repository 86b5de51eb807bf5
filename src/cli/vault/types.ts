// The Vault answers the CLI formatters read. Structural and loose on
// purpose, so the API layer's parsed types and raw JSON both fit.

/** The `auth` block of a logical response (contract §0.2). */
export interface VaultSecretAuth {
  client_token: string;
  accessor: string;
  policies?: readonly string[] | null | undefined;
  token_policies?: readonly string[] | null | undefined;
  identity_policies?: readonly string[] | null | undefined;
  metadata?: Readonly<Record<string, string>> | null | undefined;
  lease_duration: number;
  renewable: boolean;
  orphan?: boolean | undefined;
  entity_id?: string | undefined;
  mfa_requirement?: unknown;
  num_uses?: number | undefined;
  token_type?: string | undefined;
}

/** The envelope of a logical endpoint (contract §0.2). */
export interface VaultSecret {
  request_id?: string | undefined;
  lease_id?: string | undefined;
  lease_duration?: number | undefined;
  renewable?: boolean | undefined;
  data?: unknown;
  warnings?: readonly string[] | null | undefined;
  auth?: VaultSecretAuth | null | undefined;
  wrap_info?: unknown;
  mount_type?: string | undefined;
}

/** PUT sys/init answer (contract §1.2). */
export interface VaultInitResponse {
  keys: readonly string[];
  keys_base64: readonly string[];
  root_token: string;
  recovery_keys?: readonly string[] | undefined;
  recovery_keys_base64?: readonly string[] | undefined;
}

/** GET sys/seal-status and PUT sys/unseal answer (contract §1.3). */
export interface VaultSealStatus {
  type: string;
  initialized: boolean;
  sealed: boolean;
  t: number;
  n: number;
  progress: number;
  nonce?: string | undefined;
  version?: string | undefined;
  build_date?: string | undefined;
  migration?: boolean | undefined;
  recovery_seal?: boolean | undefined;
  storage_type?: string | undefined;
  cluster_name?: string | undefined;
  cluster_id?: string | undefined;
}

/** Output format flag shared by the vault commands (`-format=`). */
export type VaultFormat = 'table' | 'json';
