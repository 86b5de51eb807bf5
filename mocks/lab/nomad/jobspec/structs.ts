// The api.* structs as Nomad's HTTP API encodes them before
// canonicalization: every field present, unset ones null.
import type { JsonObject } from '../json.ts';

// prettier-ignore
const fields = {
  Job: [
    'Region', 'Namespace', 'ID', 'Name', 'Type', 'Priority', 'AllAtOnce',
    'Datacenters', 'NodePool', 'Constraints', 'Affinities', 'TaskGroups',
    'Update', 'Multiregion', 'Spreads', 'Periodic', 'ParameterizedJob',
    'Reschedule', 'Migrate', 'Meta', 'ConsulToken', 'VaultToken', 'UI',
    'Stop', 'ParentID', 'Dispatched', 'DispatchIdempotencyToken', 'Payload',
    'ConsulNamespace', 'VaultNamespace', 'NomadTokenID', 'Status',
    'StatusDescription', 'Stable', 'Version', 'SubmitTime', 'CreateIndex',
    'ModifyIndex', 'JobModifyIndex', 'VersionTag',
  ],
  TaskGroup: [
    'Name', 'Count', 'Constraints', 'Affinities', 'Tasks', 'Spreads',
    'Volumes', 'RestartPolicy', 'Disconnect', 'ReschedulePolicy',
    'EphemeralDisk', 'Update', 'Migrate', 'Networks', 'Meta', 'Services',
    'ShutdownDelay', 'StopAfterClientDisconnect', 'MaxClientDisconnect',
    'Scaling', 'Consul', 'PreventRescheduleOnLost',
  ],
  Task: [
    'Name', 'Driver', 'User', 'Lifecycle', 'Config', 'Constraints',
    'Affinities', 'Env', 'Services', 'Resources', 'RestartPolicy', 'Meta',
    'KillTimeout', 'LogConfig', 'Artifacts', 'Vault', 'Consul', 'Templates',
    'DispatchPayload', 'VolumeMounts', 'CSIPluginConfig', 'Leader',
    'ShutdownDelay', 'KillSignal', 'Kind', 'ScalingPolicies', 'Identity',
    'Identities', 'Actions',
  ],
  Resources: [
    'CPU', 'Cores', 'MemoryMB', 'MemoryMaxMB', 'DiskMB', 'Networks',
    'Devices', 'IOPS', 'NUMA',
  ],
  NetworkResource: [
    'Mode', 'Device', 'CIDR', 'IP', 'DNS', 'ReservedPorts', 'DynamicPorts',
    'Hostname', 'MBits', 'CNI',
  ],
  Service: [
    'Name', 'Tags', 'CanaryTags', 'EnableTagOverride', 'PortLabel',
    'AddressMode', 'Address', 'Checks', 'CheckRestart', 'Connect', 'Meta',
    'CanaryMeta', 'TaggedAddresses', 'TaskName', 'OnUpdate', 'Identity',
    'Weights', 'Provider', 'Cluster', 'Kind',
  ],
  ServiceCheck: [
    'Name', 'Type', 'Command', 'Args', 'Path', 'Protocol', 'PortLabel',
    'Expose', 'AddressMode', 'Advertise', 'Interval', 'Timeout',
    'CheckRestart', 'GRPCService', 'GRPCUseTLS', 'TLSServerName',
    'TLSSkipVerify', 'Header', 'Method', 'Body', 'InitialStatus', 'Notes',
    'SuccessBeforePassing', 'FailuresBeforeCritical', 'FailuresBeforeWarning',
    'TaskName', 'OnUpdate',
  ],
  Template: [
    'SourcePath', 'DestPath', 'EmbeddedTmpl', 'ChangeMode', 'ChangeScript',
    'ChangeSignal', 'Splay', 'Perms', 'Uid', 'Gid', 'LeftDelim', 'RightDelim',
    'Envvars', 'VaultGrace', 'Wait', 'ErrMissingKey', 'Once',
  ],
  Vault: [
    'Policies', 'Role', 'Namespace', 'Cluster', 'Env', 'DisableFile',
    'ChangeMode', 'ChangeSignal', 'AllowTokenExpiration',
  ],
  Constraint: ['LTarget', 'RTarget', 'Operand'],
  UpdateStrategy: [
    'Stagger', 'MaxParallel', 'HealthCheck', 'MinHealthyTime',
    'HealthyDeadline', 'ProgressDeadline', 'Canary', 'AutoRevert',
    'AutoPromote',
  ],
  RestartPolicy: ['Interval', 'Attempts', 'Delay', 'Mode', 'RenderTemplates'],
  ReschedulePolicy: [
    'Attempts', 'Interval', 'Delay', 'DelayFunction', 'MaxDelay', 'Unlimited',
  ],
  LogConfig: ['MaxFiles', 'MaxFileSizeMB', 'Disabled'],
  EphemeralDisk: ['Sticky', 'Migrate', 'SizeMB'],
  TaskArtifact: [
    'GetterSource', 'GetterOptions', 'GetterHeaders', 'GetterMode',
    'GetterInsecure', 'RelativeDest', 'Chown',
  ],
} as const;

export type StructName = keyof typeof fields;

const blank = (names: string[], value: string | number | boolean) =>
  Object.fromEntries(names.map((name) => [name, value]));

// Go value (not pointer) fields encode as "", 0 or false, never null.
// prettier-ignore
const zeroValues: Partial<Record<StructName, JsonObject>> = {
  Task: { ...blank(['User', 'KillSignal', 'Kind'], ''), Leader: false, ShutdownDelay: 0 },
  Service: {
    ...blank(['Name', 'PortLabel', 'AddressMode', 'Address', 'TaskName',
      'OnUpdate', 'Provider', 'Cluster', 'Kind'], ''),
    EnableTagOverride: false,
  },
  ServiceCheck: {
    ...blank(['Name', 'Type', 'Command', 'Path', 'Protocol', 'PortLabel',
      'AddressMode', 'Advertise', 'GRPCService', 'TLSServerName', 'Method',
      'Body', 'InitialStatus', 'Notes', 'TaskName', 'OnUpdate'], ''),
    ...blank(['Expose', 'GRPCUseTLS', 'TLSSkipVerify'], false),
    ...blank(['Interval', 'Timeout', 'SuccessBeforePassing',
      'FailuresBeforeCritical', 'FailuresBeforeWarning'], 0),
  },
  NetworkResource: blank(['Mode', 'Device', 'CIDR', 'IP', 'Hostname'], ''),
  Vault: blank(['Role', 'Cluster'], ''),
  Constraint: blank(['LTarget', 'RTarget', 'Operand'], ''),
};

/** A struct with its zero values, ready to be filled from the jobspec. */
export function emptyStruct(name: StructName): JsonObject {
  return {
    ...Object.fromEntries(fields[name].map((field) => [field, null])),
    ...zeroValues[name],
  };
}

/** Every Go field name the emulator knows, for case-insensitive decoding. */
export const knownFieldNames: readonly string[] = [
  ...new Set(Object.values(fields).flat()),
];
