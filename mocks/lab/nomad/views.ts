// JSON views of jobs and allocations, as Nomad's read endpoints return them.
import type { Cluster } from './cluster.ts';
import { NODE_NAME } from './cluster.ts';
import { rfc3339 } from './go-time.ts';
import { num, obj, objects, str, type JsonObject } from './json.ts';
import { jobStatus } from './registry.ts';
import type { AllocationRecord } from './state.ts';

export function jobView(cluster: Cluster, job: JsonObject): JsonObject {
  return { ...job, Status: jobStatus(cluster, job) };
}

export function jobSummary(cluster: Cluster, job: JsonObject): JsonObject {
  const id = str(job, 'ID') ?? '';
  const summary: JsonObject = {};
  for (const group of objects(job, 'TaskGroups')) {
    const name = str(group, 'Name') ?? '';
    const allocs = cluster.state.allocs.filter(
      (a) => a.JobID === id && a.TaskGroup === name,
    );
    const count = (status: string) =>
      allocs.filter((a) => a.ClientStatus === status).length;
    summary[name] = {
      Queued: queuedFor(cluster, id, name),
      Complete: count('complete'),
      Failed: count('failed'),
      Running: count('running'),
      Starting: count('pending'),
      Lost: count('lost'),
      Unknown: 0,
    };
  }
  return {
    JobID: id,
    Namespace: 'default',
    Summary: summary,
    Children: { Pending: 0, Running: 0, Dead: 0 },
    CreateIndex: num(job, 'CreateIndex') ?? 0,
    ModifyIndex: cluster.state.index,
  };
}

/** Queued = what the latest evaluation could not place. */
function queuedFor(cluster: Cluster, jobId: string, group: string): number {
  const evals = cluster.state.evals.filter(
    (e) => e['JobID'] === jobId && e['Status'] !== 'blocked',
  );
  const latest = evals[evals.length - 1];
  const queued = num(obj(latest, 'QueuedAllocations'), group);
  return queued ?? 0;
}

export function jobStub(cluster: Cluster, job: JsonObject): JsonObject {
  return {
    ID: job['ID'] ?? '',
    ParentID: job['ParentID'] ?? '',
    Name: job['Name'] ?? '',
    Namespace: 'default',
    Datacenters: job['Datacenters'] ?? null,
    NodePool: job['NodePool'] ?? 'default',
    Multiregion: null,
    Type: job['Type'] ?? 'service',
    Priority: job['Priority'] ?? 50,
    Periodic: job['Periodic'] !== null && job['Periodic'] !== undefined,
    ParameterizedJob:
      job['ParameterizedJob'] !== null && job['ParameterizedJob'] !== undefined,
    Stop: job['Stop'] ?? false,
    Status: jobStatus(cluster, job),
    StatusDescription: '',
    JobSummary: jobSummary(cluster, job),
    CreateIndex: job['CreateIndex'] ?? 0,
    ModifyIndex: job['ModifyIndex'] ?? 0,
    JobModifyIndex: job['JobModifyIndex'] ?? 0,
    SubmitTime: job['SubmitTime'] ?? 0,
    Meta: job['Meta'] ?? null,
  };
}

function taskStates(alloc: AllocationRecord): JsonObject | null {
  const entries = Object.entries(alloc.TaskStates);
  if (entries.length === 0) return null;
  return Object.fromEntries(
    entries.map(([name, s]) => [
      name,
      { ...s, Events: s.Events, Paused: false, TaskHandle: null } as JsonObject,
    ]),
  );
}

function deploymentStatus(alloc: AllocationRecord): JsonObject | null {
  if (!alloc.DeploymentID || alloc.Healthy === null) return null;
  return {
    Healthy: alloc.Healthy,
    Timestamp: rfc3339(alloc.HealthTime),
    Canary: false,
    ModifyIndex: alloc.ModifyIndex,
  };
}

export function allocStub(
  cluster: Cluster,
  alloc: AllocationRecord,
): JsonObject {
  const job = cluster.state.jobs[alloc.JobID]?.job;
  return {
    ID: alloc.ID,
    EvalID: alloc.EvalID,
    Name: alloc.Name,
    Namespace: 'default',
    NodeID: cluster.state.nodeId,
    NodeName: NODE_NAME,
    JobID: alloc.JobID,
    JobType: job?.['Type'] ?? 'service',
    JobVersion: alloc.JobVersion,
    TaskGroup: alloc.TaskGroup,
    AllocatedResources: null,
    DesiredStatus: alloc.DesiredStatus,
    DesiredDescription: alloc.DesiredDescription,
    ClientStatus: alloc.ClientStatus,
    ClientDescription: alloc.ClientDescription,
    DesiredTransition: {
      Migrate: null,
      Reschedule: null,
      ForceReschedule: null,
      NoShutdownDelay: null,
    },
    TaskStates: taskStates(alloc),
    DeploymentStatus: deploymentStatus(alloc),
    FollowupEvalID: '',
    NextAllocation: '',
    RescheduleTracker: null,
    PreemptedAllocations: null,
    PreemptedByAllocation: '',
    CreateIndex: alloc.CreateIndex,
    ModifyIndex: alloc.ModifyIndex,
    CreateTime: alloc.CreateTime,
    ModifyTime: alloc.ModifyTime,
  };
}
