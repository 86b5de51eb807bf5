// api.Job.Canonicalize: the defaults the agent fills in before a job is
// registered (and for /v1/jobs/parse with Canonicalize set).
import {
  isObject,
  obj,
  objects,
  str,
  type Json,
  type JsonObject,
} from '../json.ts';

const S = 1_000_000_000;
const M = 60 * S;
const H = 60 * M;

function defaults(target: JsonObject, values: JsonObject) {
  for (const [key, value] of Object.entries(values)) {
    if (
      target[key] === null ||
      target[key] === undefined ||
      target[key] === ''
    ) {
      target[key] = value;
    }
  }
}

const nested = (o: JsonObject, key: string, values: JsonObject) => {
  const existing = obj(o, key);
  const target = existing ?? {};
  defaults(target, values);
  o[key] = target;
  return target;
};

const serviceUpdate = (): JsonObject => ({
  Stagger: 30 * S,
  MaxParallel: 1,
  HealthCheck: 'checks',
  MinHealthyTime: 10 * S,
  HealthyDeadline: 5 * M,
  ProgressDeadline: 10 * M,
  Canary: 0,
  AutoRevert: false,
  AutoPromote: false,
});

export function canonicalizeJob(job: JsonObject): JsonObject {
  defaults(job, {
    Region: 'global',
    Namespace: 'default',
    Type: 'service',
    Priority: 50,
    AllAtOnce: false,
    NodePool: 'default',
    ConsulToken: '',
    VaultToken: '',
    ConsulNamespace: '',
    VaultNamespace: '',
    NomadTokenID: '',
    Stop: false,
    ParentID: '',
    Dispatched: false,
    DispatchIdempotencyToken: '',
    Status: '',
    StatusDescription: '',
    Stable: false,
    Version: 0,
    SubmitTime: 0,
    CreateIndex: 0,
    ModifyIndex: 0,
    JobModifyIndex: 0,
  });
  job['Name'] ??= job['ID'] ?? null;
  const datacenters = job['Datacenters'];
  if (!Array.isArray(datacenters) || datacenters.length === 0) {
    job['Datacenters'] = ['*'];
  }
  const service = str(job, 'Type') === 'service';
  if (service) nested(job, 'Update', serviceUpdate());
  for (const group of objects(job, 'TaskGroups')) {
    canonicalizeGroup(group, job, service);
  }
  return job;
}

function canonicalizeGroup(
  group: JsonObject,
  job: JsonObject,
  service: boolean,
) {
  defaults(group, { Name: '', Count: 1, PreventRescheduleOnLost: false });
  nested(group, 'EphemeralDisk', {
    Sticky: false,
    Migrate: false,
    SizeMB: 300,
  });
  const restart = nested(
    group,
    'RestartPolicy',
    service
      ? {
          Delay: 15 * S,
          Attempts: 2,
          Interval: 30 * M,
          Mode: 'fail',
          RenderTemplates: false,
        }
      : {
          Delay: 15 * S,
          Attempts: 3,
          Interval: 24 * H,
          Mode: 'fail',
          RenderTemplates: false,
        },
  );
  nested(
    group,
    'ReschedulePolicy',
    service
      ? {
          Attempts: 0,
          Interval: 0,
          Delay: 30 * S,
          DelayFunction: 'exponential',
          MaxDelay: H,
          Unlimited: true,
        }
      : {
          Attempts: 1,
          Interval: 24 * H,
          Delay: 5 * S,
          DelayFunction: 'constant',
          MaxDelay: 0,
          Unlimited: false,
        },
  );
  if (service) {
    const update = obj(job, 'Update') ?? serviceUpdate();
    nested(group, 'Update', structuredClone(update));
    nested(group, 'Migrate', {
      MaxParallel: 1,
      HealthCheck: 'checks',
      MinHealthyTime: 10 * S,
      HealthyDeadline: 5 * M,
    });
  }
  for (const network of objects(group, 'Networks'))
    canonicalizeNetwork(network);
  const names = {
    job: str(job, 'Name') ?? '',
    group: str(group, 'Name') ?? '',
  };
  for (const s of objects(group, 'Services'))
    canonicalizeService(s, `${names.job}-${names.group}`);
  for (const task of objects(group, 'Tasks')) {
    canonicalizeTask(task, restart, `${names.job}-${names.group}`);
  }
}

function canonicalizeTask(
  task: JsonObject,
  restart: JsonObject,
  prefix: string,
) {
  defaults(task, { KillTimeout: 5 * S });
  nested(task, 'LogConfig', {
    MaxFiles: 10,
    MaxFileSizeMB: 10,
    Disabled: false,
  });
  const resources = nested(task, 'Resources', {
    Cores: 0,
    MemoryMB: 300,
    MemoryMaxMB: 0,
  });
  if (!resources['Cores']) defaults(resources, { CPU: 100 });
  for (const network of objects(resources, 'Networks'))
    canonicalizeNetwork(network);
  const own = obj(task, 'RestartPolicy');
  task['RestartPolicy'] = { ...restart, ...withoutNulls(own) };
  for (const template of objects(task, 'Templates')) {
    defaults(template, {
      SourcePath: '',
      DestPath: '',
      EmbeddedTmpl: '',
      ChangeMode: 'restart',
      ChangeSignal: '',
      Splay: 5 * S,
      Perms: '0644',
      LeftDelim: '{{',
      RightDelim: '}}',
      Envvars: false,
      VaultGrace: 0,
      ErrMissingKey: false,
      Once: false,
    });
  }
  const vault = obj(task, 'Vault');
  if (vault) {
    defaults(vault, {
      Namespace: '',
      Cluster: 'default',
      Env: true,
      DisableFile: false,
      ChangeMode: 'restart',
      ChangeSignal: 'SIGHUP',
      AllowTokenExpiration: false,
    });
  }
  const name = `${prefix}-${str(task, 'Name') ?? ''}`;
  for (const s of objects(task, 'Services')) canonicalizeService(s, name);
}

function canonicalizeService(service: JsonObject, fallbackName: string) {
  defaults(service, {
    Name: fallbackName,
    AddressMode: 'auto',
    OnUpdate: 'require_healthy',
    Provider: 'consul',
  });
  const name = str(service, 'Name') ?? '';
  for (const check of objects(service, 'Checks')) {
    defaults(check, {
      Name: `service: "${name}" check`,
      OnUpdate: str(service, 'OnUpdate') ?? 'require_healthy',
    });
  }
}

function canonicalizeNetwork(network: JsonObject) {
  defaults(network, { MBits: 0 });
  for (const key of ['ReservedPorts', 'DynamicPorts']) {
    for (const port of objects(network, key)) {
      defaults(port, { HostNetwork: 'default' });
    }
  }
}

function withoutNulls(o: JsonObject | undefined): JsonObject {
  if (!o) return {};
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(o)) if (v !== null) out[k] = v as Json;
  return out;
}
