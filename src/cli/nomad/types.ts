// The Nomad answers the CLI formatters read (contract §3). Structural and
// loose on purpose: the API layer's parsed types and raw JSON both fit.
// Times named *Time are unix nanoseconds; others are RFC3339 strings.

export interface NomadTaskEvent {
  Type: string;
  Time: number;
  Message?: string | undefined;
  DisplayMessage?: string | undefined;
  DriverMessage?: string | undefined;
  KillReason?: string | undefined;
  RestartReason?: string | undefined;
  SetupError?: string | undefined;
  DriverError?: string | undefined;
  ValidationError?: string | undefined;
  ExitCode?: number | undefined;
}

export interface NomadTaskState {
  State: string;
  Failed?: boolean | undefined;
  Restarts?: number | undefined;
  StartedAt?: string | null | undefined;
  FinishedAt?: string | null | undefined;
  LastRestart?: string | null | undefined;
  Events?: readonly NomadTaskEvent[] | null | undefined;
}

export interface NomadPort {
  Label: string;
  Value: number;
  To?: number | undefined;
  HostIP?: string | undefined;
}

export interface NomadNetwork {
  Mode?: string | undefined;
  IP?: string | undefined;
  ReservedPorts?: readonly NomadPort[] | null | undefined;
  DynamicPorts?: readonly NomadPort[] | null | undefined;
}

export interface NomadAllocationStub {
  ID: string;
  EvalID?: string | undefined;
  Name?: string | undefined;
  NodeID: string;
  NodeName?: string | undefined;
  JobID?: string | undefined;
  JobVersion?: number | undefined;
  TaskGroup: string;
  DesiredStatus: string;
  DesiredDescription?: string | undefined;
  ClientStatus: string;
  ClientDescription?: string | undefined;
  CreateIndex?: number | undefined;
  CreateTime: number;
  ModifyTime: number;
  TaskStates?: Readonly<Record<string, NomadTaskState>> | null | undefined;
}

/** Legacy per-task resources, still filled by the allocation endpoint. */
export interface NomadTaskResources {
  CPU?: number | null | undefined;
  Cores?: number | null | undefined;
  MemoryMB?: number | null | undefined;
  MemoryMaxMB?: number | null | undefined;
  DiskMB?: number | null | undefined;
  Networks?: readonly NomadNetwork[] | null | undefined;
}

/** Per-task resources as AllocatedResources.Tasks holds them. */
export interface NomadAllocatedTask {
  Cpu?: { CpuShares?: number | undefined } | null | undefined;
  Memory?:
    | { MemoryMB?: number | undefined; MemoryMaxMB?: number | undefined }
    | null
    | undefined;
  Networks?: readonly NomadNetwork[] | null | undefined;
}

export interface NomadAllocation extends NomadAllocationStub {
  Job?: { Version?: number | null | undefined } | null | undefined;
  DeploymentID?: string | undefined;
  DeploymentStatus?:
    | { Healthy?: boolean | null | undefined; Canary?: boolean | undefined }
    | null
    | undefined;
  Resources?: { DiskMB?: number | null | undefined } | null | undefined;
  TaskResources?:
    Readonly<Record<string, NomadTaskResources>> | null | undefined;
  AllocatedResources?:
    | {
        Tasks?: Readonly<Record<string, NomadAllocatedTask>> | undefined;
        Shared?:
          | {
              DiskMB?: number | undefined;
              Networks?: readonly NomadNetwork[] | null | undefined;
              Ports?: readonly NomadPort[] | null | undefined;
            }
          | undefined;
      }
    | null
    | undefined;
}

/** AllocMetric: why a task group could not be placed. */
export interface NomadAllocationMetric {
  NodesEvaluated?: number | undefined;
  NodesFiltered?: number | undefined;
  NodesAvailable?: Readonly<Record<string, number>> | null | undefined;
  ClassFiltered?: Readonly<Record<string, number>> | null | undefined;
  ConstraintFiltered?: Readonly<Record<string, number>> | null | undefined;
  NodesExhausted?: number | undefined;
  ClassExhausted?: Readonly<Record<string, number>> | null | undefined;
  DimensionExhausted?: Readonly<Record<string, number>> | null | undefined;
  QuotaExhausted?: readonly string[] | null | undefined;
  CoalescedFailures?: number | undefined;
}

export interface NomadEvaluation {
  ID: string;
  JobID?: string | undefined;
  NodeID?: string | undefined;
  DeploymentID?: string | undefined;
  Status: string;
  StatusDescription?: string | undefined;
  TriggeredBy?: string | undefined;
  Priority?: number | undefined;
  BlockedEval?: string | undefined;
  NextEval?: string | undefined;
  /** Task group → AllocMetric; typed loosely, read defensively. */
  FailedTGAllocs?: Readonly<Record<string, unknown>> | null | undefined;
  CreateIndex?: number | undefined;
}

export interface NomadDeploymentGroup {
  AutoRevert?: boolean | undefined;
  Promoted?: boolean | undefined;
  DesiredCanaries?: number | undefined;
  DesiredTotal?: number | undefined;
  PlacedAllocs?: number | undefined;
  HealthyAllocs?: number | undefined;
  UnhealthyAllocs?: number | undefined;
  /** Nanoseconds. */
  ProgressDeadline?: number | undefined;
  /** RFC3339; the zero time when unset. */
  RequireProgressBy?: string | null | undefined;
}

export interface NomadDeployment {
  ID: string;
  JobID: string;
  JobVersion?: number | undefined;
  Status: string;
  StatusDescription: string;
  TaskGroups?:
    Readonly<Record<string, NomadDeploymentGroup>> | null | undefined;
}

export interface NomadJob {
  ID: string;
  Name?: string | undefined;
  Type?: string | undefined;
  Priority?: number | undefined;
  Datacenters?: readonly string[] | null | undefined;
  Namespace?: string | undefined;
  NodePool?: string | undefined;
  Status?: string | undefined;
  Stop?: boolean | undefined;
  SubmitTime?: number | null | undefined;
  Periodic?: unknown;
  ParameterizedJob?: unknown;
}

export interface NomadTaskGroupSummary {
  Queued?: number | undefined;
  Starting?: number | undefined;
  Running?: number | undefined;
  Failed?: number | undefined;
  Complete?: number | undefined;
  Lost?: number | undefined;
  Unknown?: number | undefined;
}

export interface NomadJobSummary {
  Summary: Readonly<Record<string, NomadTaskGroupSummary>>;
}
