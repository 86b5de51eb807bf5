// The emulated cluster's state: plain JSON so the lab can snapshot it.
import type { JsonObject } from './json.ts';

export type ClientStatus =
  'pending' | 'running' | 'complete' | 'failed' | 'lost';

export interface TaskStateRecord {
  State: 'pending' | 'running' | 'dead';
  Failed: boolean;
  Restarts: number;
  LastRestart: string;
  StartedAt: string;
  FinishedAt: string;
  Events: JsonObject[];
}

/** A host port given to an allocation; `task` for task-level networks. */
export interface AllocatedPort {
  label: string;
  value: number;
  to: number;
  static: boolean;
  task?: string;
}

export interface AllocationRecord {
  ID: string;
  EvalID: string;
  Name: string;
  JobID: string;
  JobVersion: number;
  TaskGroup: string;
  DesiredStatus: 'run' | 'stop';
  DesiredDescription: string;
  ClientStatus: ClientStatus;
  ClientDescription: string;
  TaskStates: Record<string, TaskStateRecord>;
  DeploymentID: string;
  Healthy: boolean | null;
  HealthTime: number;
  ports: AllocatedPort[];
  /** Task tokens the server derived, by task (kept to restart after reload). */
  vaultTokens: Record<string, { token: string; accessor: string }>;
  CreateIndex: number;
  ModifyIndex: number;
  AllocModifyIndex: number;
  CreateTime: number;
  ModifyTime: number;
}

export interface JobRecord {
  /** The current server-side job (canonicalized, with indexes). */
  job: JsonObject;
  /** Every version still known, oldest first (the current one included). */
  versions: JsonObject[];
}

export interface ServiceRecord {
  ID: string;
  ServiceName: string;
  JobID: string;
  AllocID: string;
  Tags: string[];
  Address: string;
  Port: number;
  provider: string;
  CreateIndex: number;
  ModifyIndex: number;
}

export interface AppliedVaultConfig {
  enabled: boolean;
  address: string;
  taskTokenTtl: string;
  role: string;
  /** The server's Vault token: a secret, see snapshot(). */
  token: string;
  tokenTtlNanos: number;
  tokenCheckedAt: number;
}

export interface NomadState {
  index: number;
  nodeId: string;
  nodeCreateIndex: number;
  startTime: number;
  jobs: Record<string, JobRecord>;
  evals: JsonObject[];
  allocs: AllocationRecord[];
  deployments: JsonObject[];
  services: ServiceRecord[];
  vault: AppliedVaultConfig | null;
}

export function initialState(now: number, nodeId: string): NomadState {
  return {
    index: 1,
    nodeId,
    nodeCreateIndex: 1,
    startTime: now,
    jobs: {},
    evals: [],
    allocs: [],
    deployments: [],
    services: [],
    vault: null,
  };
}

export const isTerminal = (alloc: AllocationRecord) =>
  alloc.ClientStatus === 'complete' ||
  alloc.ClientStatus === 'failed' ||
  alloc.ClientStatus === 'lost';
