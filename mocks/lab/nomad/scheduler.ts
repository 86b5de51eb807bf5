// Register, stop and schedule jobs on the single dev node.
import { NodeClient } from './client.ts';
import type { Cluster } from './cluster.ts';
import {
  cancelDeployments,
  createDeployment,
  refreshDeployment,
} from './deployments.ts';
import { finishEvaluation, newEvaluation } from './evaluations.ts';
import { num, objects, sameJson, str, type JsonObject } from './json.ts';
import { infeasible, newAllocation } from './placement.ts';
import { syncServices } from './services.ts';
import { isTerminal, type AllocationRecord } from './state.ts';

export class Scheduler {
  readonly client: NodeClient;

  constructor(private readonly cluster: Cluster) {
    this.client = new NodeClient(cluster, {
      allocChanged: (alloc) => this.allocChanged(alloc),
    });
  }

  jobVersion(jobId: string, version: number): JsonObject | undefined {
    const record = this.cluster.state.jobs[jobId];
    return record?.versions.find((v) => num(v, 'Version') === version);
  }

  /** Creates an evaluation and schedules it in the background. */
  evaluate(job: JsonObject, triggeredBy: string, index: number): JsonObject {
    const evaluation = newEvaluation(this.cluster, job, triggeredBy, index);
    this.cluster.work.run(() => this.process(evaluation));
    return evaluation;
  }

  private async process(evaluation: JsonObject): Promise<void> {
    const jobId = str(evaluation, 'JobID') ?? '';
    const job = this.cluster.state.jobs[jobId]?.job;
    const live = this.cluster.state.allocs.filter(
      (a) => a.JobID === jobId && a.DesiredStatus === 'run' && !isTerminal(a),
    );
    if (!job || job['Stop'] === true) {
      this.cluster.nextIndex();
      cancelDeployments(
        this.cluster,
        jobId,
        'Cancelled because job is stopped',
      );
      finishEvaluation(this.cluster, evaluation, {});
      await Promise.all(live.map((a) => this.stopAlloc(a)));
      this.cluster.changed();
      return;
    }
    const version = num(job, 'Version') ?? 0;
    const queued: JsonObject = {};
    const failed: JsonObject = {};
    const plans: { group: JsonObject; slots: number[] }[] = [];
    const stops: AllocationRecord[] = [];
    for (const group of objects(job, 'TaskGroups')) {
      const name = str(group, 'Name') ?? '';
      const count = num(group, 'Count') ?? 1;
      const mine = live.filter((a) => a.TaskGroup === name);
      const keep: AllocationRecord[] = [];
      for (const alloc of mine) {
        const old = this.jobVersion(jobId, alloc.JobVersion);
        const same = sameGroup(old, job, name);
        if (same && keep.length < count) keep.push(alloc);
        else stops.push(alloc);
      }
      for (const alloc of keep) alloc.JobVersion = version;
      const used = new Set(keep.map((a) => slotOf(a.Name)));
      const slots: number[] = [];
      for (let slot = 0; slots.length < count - keep.length; slot++) {
        if (!used.has(slot)) slots.push(slot);
      }
      queued[name] = 0;
      if (slots.length > 0) plans.push({ group, slots });
    }
    this.cluster.nextIndex();
    await Promise.all(stops.map((a) => this.stopAlloc(a)));
    let deploymentId = '';
    const isService = str(job, 'Type') === 'service';
    const existing = this.cluster.state.deployments.find(
      (d) => d['JobID'] === jobId && d['JobVersion'] === version,
    );
    if (isService && !existing && (plans.length > 0 || stops.length > 0)) {
      cancelDeployments(
        this.cluster,
        jobId,
        'Cancelled due to newer version of job',
      );
      const index = this.cluster.nextIndex();
      deploymentId =
        str(createDeployment(this.cluster, job, index), 'ID') ?? '';
    } else if (existing) deploymentId = str(existing, 'ID') ?? '';
    const placed: AllocationRecord[] = [];
    for (const { group, slots } of plans) {
      const name = str(group, 'Name') ?? '';
      const problem = infeasible(this.cluster, job, group, slots.length);
      if (problem) {
        failed[name] = problem;
        queued[name] = slots.length;
        continue;
      }
      for (const slot of slots) {
        const evalId = str(evaluation, 'ID') ?? '';
        const alloc = await newAllocation(
          this.cluster,
          job,
          group,
          slot,
          evalId,
          deploymentId,
        );
        this.cluster.state.allocs.push(alloc);
        placed.push(alloc);
      }
    }
    const changes: JsonObject = {
      DeploymentID: deploymentId,
      QueuedAllocations: queued,
    };
    if (Object.keys(failed).length > 0) {
      changes['FailedTGAllocs'] = failed;
      const blocked = newEvaluation(
        this.cluster,
        job,
        'queued-allocs',
        this.cluster.nextIndex(),
      );
      Object.assign(blocked, {
        Status: 'blocked',
        StatusDescription: 'created to place remaining allocations',
        PreviousEval: evaluation['ID'] ?? '',
      });
      changes['BlockedEval'] = blocked['ID'] ?? '';
    }
    finishEvaluation(this.cluster, evaluation, changes);
    if (deploymentId) refreshDeployment(this.cluster, deploymentId);
    this.cluster.changed();
    for (const alloc of placed) this.client.run(alloc, job);
  }

  async stopAlloc(alloc: AllocationRecord): Promise<void> {
    alloc.DesiredStatus = 'stop';
    alloc.DesiredDescription = 'alloc not needed due to job update';
    alloc.AllocModifyIndex = this.cluster.nextIndex();
    syncServices(this.cluster, alloc, undefined);
    await this.client.stop(alloc);
  }

  private allocChanged(alloc: AllocationRecord): void {
    if (alloc.DeploymentID && alloc.Healthy === null) {
      if (alloc.ClientStatus === 'running') alloc.Healthy = true;
      if (alloc.ClientStatus === 'failed') alloc.Healthy = false;
      if (alloc.Healthy !== null) alloc.HealthTime = this.cluster.now();
    }
    if (alloc.DeploymentID) refreshDeployment(this.cluster, alloc.DeploymentID);
    syncServices(
      this.cluster,
      alloc,
      this.jobVersion(alloc.JobID, alloc.JobVersion),
    );
  }
}

const slotOf = (name: string) => Number(/\[(\d+)\]$/.exec(name)?.[1] ?? 0);

/** Whether an allocation of `old` can keep running under `job`. */
function sameGroup(old: JsonObject | undefined, job: JsonObject, name: string) {
  const pick = (j: JsonObject | undefined) => {
    const group = objects(j, 'TaskGroups').find((g) => str(g, 'Name') === name);
    return group ? { ...group, Count: null } : undefined;
  };
  const before = pick(old);
  return before !== undefined && sameJson(before, pick(job));
}
