// The HCL 2 jobspec schema: which arguments and blocks each block takes,
// and the api.* field each one fills.
import type { StructName } from './structs.ts';

export type Kind =
  'string' | 'number' | 'bool' | 'duration' | 'strings' | 'map' | 'any';

export type SchemaName =
  | 'job'
  | 'group'
  | 'task'
  | 'resources'
  | 'network'
  | 'port'
  | 'service'
  | 'check'
  | 'template'
  | 'vault'
  | 'constraint'
  | 'update'
  | 'restart'
  | 'reschedule'
  | 'logs'
  | 'ephemeral_disk'
  | 'artifact';

/** How a nested block is read: another schema, a plain map, or raw. */
export interface BlockRule {
  schema: SchemaName | 'map' | 'config' | 'generic';
  field: string;
  many?: boolean;
}

export interface BlockSchema {
  struct?: StructName;
  /** Label names in order, and the field each label fills. */
  labels?: [name: string, field: string][];
  attrs: Record<string, [field: string, kind: Kind]>;
  blocks: Record<string, BlockRule>;
}

const generic = (field: string, many = false): BlockRule => ({
  schema: 'generic',
  field,
  many,
});
const map = (field: string): BlockRule => ({ schema: 'map', field });
const many = (schema: SchemaName, field: string): BlockRule => ({
  schema,
  field,
  many: true,
});
const one = (schema: SchemaName, field: string): BlockRule => ({
  schema,
  field,
});

const placement = {
  constraint: many('constraint', 'Constraints'),
  affinity: generic('Affinities', true),
  spread: generic('Spreads', true),
};

export const schemas: Record<SchemaName, BlockSchema> = {
  job: {
    struct: 'Job',
    labels: [['name', 'ID']],
    attrs: {
      region: ['Region', 'string'],
      namespace: ['Namespace', 'string'],
      type: ['Type', 'string'],
      priority: ['Priority', 'number'],
      all_at_once: ['AllAtOnce', 'bool'],
      datacenters: ['Datacenters', 'strings'],
      node_pool: ['NodePool', 'string'],
      consul_token: ['ConsulToken', 'string'],
      vault_token: ['VaultToken', 'string'],
      meta: ['Meta', 'map'],
    },
    blocks: {
      group: many('group', 'TaskGroups'),
      update: one('update', 'Update'),
      reschedule: one('reschedule', 'Reschedule'),
      vault: one('vault', 'Vault'),
      meta: map('Meta'),
      periodic: generic('Periodic'),
      parameterized: generic('ParameterizedJob'),
      migrate: generic('Migrate'),
      multiregion: generic('Multiregion'),
      ui: generic('UI'),
      ...placement,
    },
  },
  group: {
    struct: 'TaskGroup',
    labels: [['name', 'Name']],
    attrs: {
      count: ['Count', 'number'],
      shutdown_delay: ['ShutdownDelay', 'duration'],
      stop_after_client_disconnect: ['StopAfterClientDisconnect', 'duration'],
      max_client_disconnect: ['MaxClientDisconnect', 'duration'],
      prevent_reschedule_on_lost: ['PreventRescheduleOnLost', 'bool'],
      meta: ['Meta', 'map'],
    },
    blocks: {
      task: many('task', 'Tasks'),
      network: many('network', 'Networks'),
      service: many('service', 'Services'),
      restart: one('restart', 'RestartPolicy'),
      reschedule: one('reschedule', 'ReschedulePolicy'),
      ephemeral_disk: one('ephemeral_disk', 'EphemeralDisk'),
      update: one('update', 'Update'),
      vault: one('vault', 'Vault'),
      meta: map('Meta'),
      volume: generic('Volumes', true),
      migrate: generic('Migrate'),
      scaling: generic('Scaling'),
      consul: generic('Consul'),
      disconnect: generic('Disconnect'),
      ...placement,
    },
  },
  task: {
    struct: 'Task',
    labels: [['name', 'Name']],
    attrs: {
      driver: ['Driver', 'string'],
      user: ['User', 'string'],
      leader: ['Leader', 'bool'],
      kill_timeout: ['KillTimeout', 'duration'],
      kill_signal: ['KillSignal', 'string'],
      shutdown_delay: ['ShutdownDelay', 'duration'],
      kind: ['Kind', 'string'],
      config: ['Config', 'any'],
      env: ['Env', 'map'],
      meta: ['Meta', 'map'],
    },
    blocks: {
      config: { schema: 'config', field: 'Config' },
      env: map('Env'),
      meta: map('Meta'),
      service: many('service', 'Services'),
      resources: one('resources', 'Resources'),
      restart: one('restart', 'RestartPolicy'),
      logs: one('logs', 'LogConfig'),
      artifact: many('artifact', 'Artifacts'),
      vault: one('vault', 'Vault'),
      template: many('template', 'Templates'),
      lifecycle: generic('Lifecycle'),
      dispatch_payload: generic('DispatchPayload'),
      volume_mount: generic('VolumeMounts', true),
      csi_plugin: generic('CSIPluginConfig'),
      scaling: generic('ScalingPolicies', true),
      identity: generic('Identities', true),
      action: generic('Actions', true),
      consul: generic('Consul'),
      ...placement,
    },
  },
  resources: {
    struct: 'Resources',
    attrs: {
      cpu: ['CPU', 'number'],
      cores: ['Cores', 'number'],
      memory: ['MemoryMB', 'number'],
      memory_max: ['MemoryMaxMB', 'number'],
      disk: ['DiskMB', 'number'],
      iops: ['IOPS', 'number'],
    },
    blocks: {
      network: many('network', 'Networks'),
      device: generic('Devices', true),
      numa: generic('NUMA'),
    },
  },
  network: {
    struct: 'NetworkResource',
    attrs: {
      mode: ['Mode', 'string'],
      hostname: ['Hostname', 'string'],
      mbits: ['MBits', 'number'],
    },
    blocks: {
      port: many('port', 'Ports'),
      dns: generic('DNS'),
      cni: generic('CNI'),
    },
  },
  port: {
    labels: [['label', 'Label']],
    attrs: {
      static: ['Value', 'number'],
      to: ['To', 'number'],
      host_network: ['HostNetwork', 'string'],
      ignore_collision: ['IgnoreCollision', 'bool'],
    },
    blocks: {},
  },
  service: {
    struct: 'Service',
    attrs: {
      name: ['Name', 'string'],
      tags: ['Tags', 'strings'],
      canary_tags: ['CanaryTags', 'strings'],
      enable_tag_override: ['EnableTagOverride', 'bool'],
      port: ['PortLabel', 'string'],
      address_mode: ['AddressMode', 'string'],
      address: ['Address', 'string'],
      task: ['TaskName', 'string'],
      on_update: ['OnUpdate', 'string'],
      provider: ['Provider', 'string'],
      cluster: ['Cluster', 'string'],
      kind: ['Kind', 'string'],
      meta: ['Meta', 'map'],
      canary_meta: ['CanaryMeta', 'map'],
      tagged_addresses: ['TaggedAddresses', 'map'],
    },
    blocks: {
      check: many('check', 'Checks'),
      meta: map('Meta'),
      canary_meta: map('CanaryMeta'),
      check_restart: generic('CheckRestart'),
      connect: generic('Connect'),
      identity: generic('Identity'),
      weights: generic('Weights'),
    },
  },
  check: {
    struct: 'ServiceCheck',
    attrs: {
      name: ['Name', 'string'],
      type: ['Type', 'string'],
      command: ['Command', 'string'],
      args: ['Args', 'strings'],
      path: ['Path', 'string'],
      protocol: ['Protocol', 'string'],
      port: ['PortLabel', 'string'],
      expose: ['Expose', 'bool'],
      address_mode: ['AddressMode', 'string'],
      interval: ['Interval', 'duration'],
      timeout: ['Timeout', 'duration'],
      initial_status: ['InitialStatus', 'string'],
      notes: ['Notes', 'string'],
      method: ['Method', 'string'],
      body: ['Body', 'string'],
      tls_server_name: ['TLSServerName', 'string'],
      tls_skip_verify: ['TLSSkipVerify', 'bool'],
      grpc_service: ['GRPCService', 'string'],
      grpc_use_tls: ['GRPCUseTLS', 'bool'],
      task: ['TaskName', 'string'],
      on_update: ['OnUpdate', 'string'],
      success_before_passing: ['SuccessBeforePassing', 'number'],
      failures_before_critical: ['FailuresBeforeCritical', 'number'],
      failures_before_warning: ['FailuresBeforeWarning', 'number'],
    },
    blocks: {
      header: map('Header'),
      check_restart: generic('CheckRestart'),
    },
  },
  template: {
    struct: 'Template',
    attrs: {
      source: ['SourcePath', 'string'],
      destination: ['DestPath', 'string'],
      data: ['EmbeddedTmpl', 'string'],
      change_mode: ['ChangeMode', 'string'],
      change_signal: ['ChangeSignal', 'string'],
      splay: ['Splay', 'duration'],
      perms: ['Perms', 'string'],
      uid: ['Uid', 'number'],
      gid: ['Gid', 'number'],
      left_delimiter: ['LeftDelim', 'string'],
      right_delimiter: ['RightDelim', 'string'],
      env: ['Envvars', 'bool'],
      vault_grace: ['VaultGrace', 'duration'],
      error_on_missing_key: ['ErrMissingKey', 'bool'],
      once: ['Once', 'bool'],
    },
    blocks: {
      wait: generic('Wait'),
      change_script: generic('ChangeScript'),
    },
  },
  vault: {
    struct: 'Vault',
    attrs: {
      policies: ['Policies', 'strings'],
      role: ['Role', 'string'],
      namespace: ['Namespace', 'string'],
      cluster: ['Cluster', 'string'],
      env: ['Env', 'bool'],
      disable_file: ['DisableFile', 'bool'],
      change_mode: ['ChangeMode', 'string'],
      change_signal: ['ChangeSignal', 'string'],
      allow_token_expiration: ['AllowTokenExpiration', 'bool'],
    },
    blocks: {},
  },
  constraint: {
    struct: 'Constraint',
    attrs: {
      attribute: ['LTarget', 'string'],
      value: ['RTarget', 'string'],
      operator: ['Operand', 'string'],
      distinct_hosts: ['distinct_hosts', 'string'],
      distinct_property: ['distinct_property', 'string'],
      regexp: ['regexp', 'string'],
      version: ['version', 'string'],
      semver: ['semver', 'string'],
      set_contains: ['set_contains', 'string'],
      set_contains_any: ['set_contains_any', 'string'],
      set_contains_all: ['set_contains_all', 'string'],
    },
    blocks: {},
  },
  update: {
    struct: 'UpdateStrategy',
    attrs: {
      stagger: ['Stagger', 'duration'],
      max_parallel: ['MaxParallel', 'number'],
      health_check: ['HealthCheck', 'string'],
      min_healthy_time: ['MinHealthyTime', 'duration'],
      healthy_deadline: ['HealthyDeadline', 'duration'],
      progress_deadline: ['ProgressDeadline', 'duration'],
      canary: ['Canary', 'number'],
      auto_revert: ['AutoRevert', 'bool'],
      auto_promote: ['AutoPromote', 'bool'],
    },
    blocks: {},
  },
  restart: {
    struct: 'RestartPolicy',
    attrs: {
      interval: ['Interval', 'duration'],
      attempts: ['Attempts', 'number'],
      delay: ['Delay', 'duration'],
      mode: ['Mode', 'string'],
      render_templates: ['RenderTemplates', 'bool'],
    },
    blocks: {},
  },
  reschedule: {
    struct: 'ReschedulePolicy',
    attrs: {
      attempts: ['Attempts', 'number'],
      interval: ['Interval', 'duration'],
      delay: ['Delay', 'duration'],
      delay_function: ['DelayFunction', 'string'],
      max_delay: ['MaxDelay', 'duration'],
      unlimited: ['Unlimited', 'bool'],
    },
    blocks: {},
  },
  logs: {
    struct: 'LogConfig',
    attrs: {
      max_files: ['MaxFiles', 'number'],
      max_file_size: ['MaxFileSizeMB', 'number'],
      disabled: ['Disabled', 'bool'],
      enabled: ['Enabled', 'bool'],
    },
    blocks: {},
  },
  ephemeral_disk: {
    struct: 'EphemeralDisk',
    attrs: {
      sticky: ['Sticky', 'bool'],
      migrate: ['Migrate', 'bool'],
      size: ['SizeMB', 'number'],
    },
    blocks: {},
  },
  artifact: {
    struct: 'TaskArtifact',
    attrs: {
      source: ['GetterSource', 'string'],
      destination: ['RelativeDest', 'string'],
      mode: ['GetterMode', 'string'],
      insecure: ['GetterInsecure', 'bool'],
      chown: ['Chown', 'bool'],
    },
    blocks: {
      options: map('GetterOptions'),
      headers: map('GetterHeaders'),
    },
  },
};
