// Deployments of service jobs: one per job version, successful once every
// placed allocation is healthy.
import type { Cluster } from './cluster.ts';
import { rfc3339 } from './go-time.ts';
import { newId } from './ids.ts';
import { num, obj, objects, str, type JsonObject } from './json.ts';

export function createDeployment(
  cluster: Cluster,
  job: JsonObject,
  index: number,
): JsonObject {
  const now = cluster.now();
  const groups: JsonObject = {};
  for (const group of objects(job, 'TaskGroups')) {
    const update = obj(group, 'Update');
    const deadline = num(update, 'ProgressDeadline') ?? 600_000_000_000;
    groups[str(group, 'Name') ?? ''] = {
      AutoRevert: update?.['AutoRevert'] ?? false,
      AutoPromote: update?.['AutoPromote'] ?? false,
      ProgressDeadline: deadline,
      RequireProgressBy: rfc3339(now + deadline / 1e6),
      Promoted: false,
      PlacedCanaries: null,
      DesiredCanaries: 0,
      DesiredTotal: num(group, 'Count') ?? 1,
      PlacedAllocs: 0,
      HealthyAllocs: 0,
      UnhealthyAllocs: 0,
    };
  }
  const deployment: JsonObject = {
    ID: newId(),
    Namespace: 'default',
    JobID: str(job, 'ID') ?? '',
    JobVersion: num(job, 'Version') ?? 0,
    JobModifyIndex: num(job, 'JobModifyIndex') ?? 0,
    JobSpecModifyIndex: num(job, 'JobModifyIndex') ?? 0,
    JobCreateIndex: num(job, 'CreateIndex') ?? 0,
    IsMultiregion: false,
    TaskGroups: groups,
    Status: 'running',
    StatusDescription: 'Deployment is running',
    EvalPriority: num(job, 'Priority') ?? 50,
    CreateIndex: index,
    ModifyIndex: index,
    CreateTime: cluster.nowNanos(),
    ModifyTime: cluster.nowNanos(),
  };
  cluster.state.deployments.push(deployment);
  return deployment;
}

function setStatus(
  cluster: Cluster,
  d: JsonObject,
  status: string,
  why: string,
) {
  d['Status'] = status;
  d['StatusDescription'] = why;
  d['ModifyIndex'] = cluster.state.index;
  d['ModifyTime'] = cluster.nowNanos();
}

/** Recounts a deployment's allocations and moves it on when it can. */
export function refreshDeployment(cluster: Cluster, id: string) {
  const deployment = cluster.state.deployments.find((d) => d['ID'] === id);
  if (!deployment) return;
  const groups = obj(deployment, 'TaskGroups') ?? {};
  const allocs = cluster.state.allocs.filter((a) => a.DeploymentID === id);
  let allHealthy = true;
  let anyUnhealthy = false;
  for (const [name, value] of Object.entries(groups)) {
    const group = value as JsonObject;
    const mine = allocs.filter((a) => a.TaskGroup === name);
    group['PlacedAllocs'] = mine.length;
    group['HealthyAllocs'] = mine.filter((a) => a.Healthy === true).length;
    group['UnhealthyAllocs'] = mine.filter((a) => a.Healthy === false).length;
    if (
      (group['HealthyAllocs'] as number) < (num(group, 'DesiredTotal') ?? 0)
    ) {
      allHealthy = false;
    }
    if ((group['UnhealthyAllocs'] as number) > 0) anyUnhealthy = true;
  }
  deployment['ModifyIndex'] = cluster.state.index;
  if (deployment['Status'] !== 'running') return;
  if (anyUnhealthy) {
    setStatus(
      cluster,
      deployment,
      'failed',
      'Failed due to unhealthy allocations',
    );
  } else if (allHealthy) {
    setStatus(
      cluster,
      deployment,
      'successful',
      'Deployment completed successfully',
    );
  }
}

/** Ends a job's running deployments (newer version, or job stopped). */
export function cancelDeployments(
  cluster: Cluster,
  jobId: string,
  why: string,
) {
  for (const d of cluster.state.deployments) {
    if (d['JobID'] === jobId && d['Status'] === 'running') {
      setStatus(cluster, d, 'cancelled', why);
    }
  }
}

export function latestDeployment(cluster: Cluster, jobId: string) {
  const mine = cluster.state.deployments.filter((d) => d['JobID'] === jobId);
  return mine.sort(
    (a, b) => (num(b, 'CreateIndex') ?? 0) - (num(a, 'CreateIndex') ?? 0),
  )[0];
}
