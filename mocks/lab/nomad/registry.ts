// Job registration and deregistration (nomad/job_endpoint.go).
import type { Cluster } from './cluster.ts';
import { HttpError } from './http.ts';
import {
  clone,
  isObject,
  num,
  sameJson,
  str,
  type JsonObject,
} from './json.ts';
import { canonicalizeJob } from './jobspec/canonicalize.ts';
import {
  addImplicitConstraints,
  jobWarnings,
  usesVault,
  validateJob,
  vaultPolicyErrors,
} from './jobspec/validate.ts';
import { mergeWarnings, multierror } from './multierror.ts';
import type { Scheduler } from './scheduler.ts';
import { isTerminal } from './state.ts';

// Fields the server owns; a spec change ignores them.
const serverFields = [
  'Status',
  'StatusDescription',
  'Stable',
  'Version',
  'SubmitTime',
  'CreateIndex',
  'ModifyIndex',
  'JobModifyIndex',
];

export function sameSpec(a: JsonObject, b: JsonObject): boolean {
  const strip = (job: JsonObject) => {
    const copy = { ...job };
    for (const field of serverFields) delete copy[field];
    return copy;
  };
  return sameJson(strip(a), strip(b));
}

/** Canonicalizes and checks a job as the server does before storing it. */
export function admitJob(cluster: Cluster, apiJob: JsonObject): JsonObject {
  const job = canonicalizeJob(clone(apiJob));
  const errors = validateJob(job);
  if (errors.length > 0) throw new HttpError(500, multierror(errors));
  if (usesVault(job)) {
    if (!cluster.state.vault?.enabled) {
      throw new HttpError(
        500,
        multierror(['Vault "default" not enabled but used in the job']),
      );
    }
    const policies = vaultPolicyErrors(job);
    if (policies.length > 0) throw new HttpError(500, multierror(policies));
  }
  addImplicitConstraints(job);
  return job;
}

export interface RegisterOptions {
  enforceIndex: boolean;
  jobModifyIndex: number;
}

export function registerJob(
  cluster: Cluster,
  scheduler: Scheduler,
  apiJob: JsonObject,
  options: RegisterOptions,
): JsonObject {
  const job = admitJob(cluster, apiJob);
  const id = str(job, 'ID') ?? '';
  const record = cluster.state.jobs[id];
  const current = record?.job;
  if (options.enforceIndex) checkIndex(current, options.jobModifyIndex);
  const warnings = mergeWarnings(jobWarnings(job));
  const index = cluster.nextIndex();
  let stored = current;
  if (
    !current ||
    !record ||
    current['Stop'] === true ||
    !sameSpec(current, job)
  ) {
    Object.assign(job, {
      Version: current ? (num(current, 'Version') ?? 0) + 1 : 0,
      CreateIndex: current ? (num(current, 'CreateIndex') ?? index) : index,
      ModifyIndex: index,
      JobModifyIndex: index,
      SubmitTime: cluster.nowNanos(),
      Stable: false,
    });
    stored = job;
    const versions = record ? [...record.versions, job].slice(-6) : [job];
    cluster.state.jobs[id] = { job, versions };
  }
  const stable = stored ?? job;
  const periodic =
    isObject(stable['Periodic']) || isObject(stable['ParameterizedJob']);
  const evaluation = periodic
    ? undefined
    : scheduler.evaluate(stable, 'job-register', index);
  cluster.changed();
  return {
    EvalID: str(evaluation, 'ID') ?? '',
    EvalCreateIndex: evaluation ? index : 0,
    JobModifyIndex: num(stable, 'JobModifyIndex') ?? index,
    Warnings: warnings,
    Index: index,
    LastContact: 0,
    KnownLeader: false,
    NextToken: '',
  };
}

function checkIndex(current: JsonObject | undefined, wanted: number) {
  const prefix = `Enforcing job modify index ${wanted}`;
  if (wanted === 0 && current) {
    throw new HttpError(500, `${prefix}: job already exists`);
  }
  if (wanted > 0 && !current) {
    throw new HttpError(500, `${prefix}: job does not exist`);
  }
  const actual = num(current, 'JobModifyIndex') ?? 0;
  if (wanted > 0 && actual !== wanted) {
    throw new HttpError(
      500,
      `${prefix}: job exists with conflicting job modify index: ${actual}`,
    );
  }
}

export function deregisterJob(
  cluster: Cluster,
  scheduler: Scheduler,
  id: string,
  purge: boolean,
): JsonObject {
  const record = cluster.state.jobs[id];
  const empty = { EvalID: '', EvalCreateIndex: 0, JobModifyIndex: 0 };
  if (!record) return response(empty, 0);
  const index = cluster.nextIndex();
  const job = record.job;
  if (purge) delete cluster.state.jobs[id];
  else if (job['Stop'] !== true) {
    const stopped = {
      ...clone(job),
      Stop: true,
      Version: (num(job, 'Version') ?? 0) + 1,
      ModifyIndex: index,
      JobModifyIndex: index,
      SubmitTime: cluster.nowNanos(),
    };
    record.job = stopped;
    record.versions = [...record.versions, stopped].slice(-6);
  }
  const evaluation = scheduler.evaluate(record.job, 'job-deregister', index);
  cluster.changed();
  return response(
    {
      EvalID: str(evaluation, 'ID') ?? '',
      EvalCreateIndex: index,
      JobModifyIndex: index,
    },
    index,
  );
}

function response(ids: JsonObject, index: number): JsonObject {
  return {
    ...ids,
    VolumeEvalID: '',
    VolumeEvalIndex: 0,
    Index: index,
    LastContact: 0,
    KnownLeader: false,
    NextToken: '',
  };
}

/** pending → running (live allocations) → dead. */
export function jobStatus(cluster: Cluster, job: JsonObject): string {
  const id = str(job, 'ID');
  const allocs = cluster.state.allocs.filter((a) => a.JobID === id);
  if (allocs.some((a) => !isTerminal(a))) return 'running';
  if (job['Stop'] === true || allocs.length > 0) return 'dead';
  return 'pending';
}
