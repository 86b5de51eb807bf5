// api.Job.Canonicalize: the defaults the agent fills in before a job is
// registered (and for /v1/jobs/parse with Canonicalize set).
import { obj, objects, str, type JsonObject } from '../json.ts';
import {
  canonicalizeNetwork,
  canonicalizeService,
  canonicalizeTask,
} from './canonicalize-task.ts';
import { defaults, H, M, nested, S } from './defaults.ts';

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
