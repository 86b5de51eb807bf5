// Evaluations as the scheduler records them.
import type { Cluster } from './cluster.ts';
import { ZERO_TIME } from './go-time.ts';
import { newId } from './ids.ts';
import { num, str, type JsonObject } from './json.ts';

export function newEvaluation(
  cluster: Cluster,
  job: JsonObject,
  triggeredBy: string,
  index: number,
): JsonObject {
  const now = cluster.nowNanos();
  const evaluation: JsonObject = {
    ID: newId(),
    Namespace: 'default',
    Priority: num(job, 'Priority') ?? 50,
    Type: str(job, 'Type') ?? 'service',
    TriggeredBy: triggeredBy,
    JobID: str(job, 'ID') ?? '',
    JobModifyIndex: num(job, 'JobModifyIndex') ?? 0,
    NodeID: '',
    NodeModifyIndex: 0,
    DeploymentID: '',
    Status: 'pending',
    StatusDescription: '',
    Wait: 0,
    WaitUntil: ZERO_TIME,
    NextEval: '',
    PreviousEval: '',
    BlockedEval: '',
    RelatedEvals: null,
    FailedTGAllocs: null,
    PlanAnnotations: null,
    ClassEligibility: null,
    QuotaLimitReached: '',
    EscapedComputedClass: false,
    AnnotatePlan: false,
    QueuedAllocations: null,
    LeaderACL: '',
    SnapshotIndex: 0,
    CreateIndex: index,
    ModifyIndex: index,
    CreateTime: now,
    ModifyTime: now,
  };
  cluster.state.evals.push(evaluation);
  return evaluation;
}

export function finishEvaluation(
  cluster: Cluster,
  evaluation: JsonObject,
  changes: JsonObject,
) {
  Object.assign(evaluation, changes, {
    Status: changes['Status'] ?? 'complete',
    SnapshotIndex: evaluation['CreateIndex'],
    ModifyIndex: cluster.state.index,
    ModifyTime: cluster.nowNanos(),
  });
}
