// PUT /v1/job/:id/plan: what registering the job would do, without doing it.
import type { Cluster } from './cluster.ts';
import { ZERO_TIME } from './go-time.ts';
import {
  isObject,
  num,
  objects,
  sameJson,
  str,
  type Json,
  type JsonObject,
} from './json.ts';
import { jobWarnings } from './jobspec/validate.ts';
import { mergeWarnings } from './multierror.ts';
import { infeasible } from './placement.ts';
import { admitJob, sameSpec } from './registry.ts';
import { isTerminal } from './state.ts';

type DiffType = 'Added' | 'Deleted' | 'Edited' | 'None';

const ignored = new Set([
  'Status',
  'StatusDescription',
  'Stable',
  'Version',
  'SubmitTime',
  'CreateIndex',
  'ModifyIndex',
  'JobModifyIndex',
  'TaskGroups',
  'Tasks',
]);

/** Field-level diff of the primitive fields of one struct. */
function fieldDiff(
  before: JsonObject | undefined,
  after: JsonObject | undefined,
) {
  const keys = new Set([
    ...Object.keys(before ?? {}),
    ...Object.keys(after ?? {}),
  ]);
  const fields: JsonObject[] = [];
  for (const key of [...keys].sort()) {
    if (ignored.has(key)) continue;
    const a = before?.[key];
    const b = after?.[key];
    if (isObject(a) || isObject(b) || Array.isArray(a) || Array.isArray(b))
      continue;
    if (sameJson(a ?? null, b ?? null) && before) continue;
    const text = (v: Json | undefined) =>
      v === null || v === undefined ? '' : String(v);
    if (!before && (b === null || b === undefined || b === '')) continue;
    fields.push({
      Annotations: null,
      Name: key,
      New: text(b),
      Old: text(a),
      Type: !before ? 'Added' : !after ? 'Deleted' : 'Edited',
    });
  }
  return fields.length ? fields : null;
}

const byName = (list: JsonObject[], name: string) =>
  list.find((item) => str(item, 'Name') === name);

export function planJob(cluster: Cluster, apiJob: JsonObject): JsonObject {
  const job = admitJob(cluster, apiJob);
  const id = str(job, 'ID') ?? '';
  const existing = cluster.state.jobs[id]?.job;
  const live = cluster.state.allocs.filter(
    (a) => a.JobID === id && !isTerminal(a) && a.DesiredStatus === 'run',
  );
  const jobType: DiffType = !existing
    ? 'Added'
    : sameSpec(existing, job) && existing['Stop'] !== true
      ? 'None'
      : 'Edited';
  const updates: JsonObject = {};
  const failed: JsonObject = {};
  const groupDiffs = objects(job, 'TaskGroups').map((group) => {
    const name = str(group, 'Name') ?? '';
    const count = num(group, 'Count') ?? 1;
    const old = byName(objects(existing, 'TaskGroups'), name);
    const running = live.filter((a) => a.TaskGroup === name).length;
    const changed =
      !old || !sameJson({ ...old, Count: null }, { ...group, Count: null });
    const type: DiffType = !old
      ? 'Added'
      : changed || jobType === 'Edited'
        ? 'Edited'
        : 'None';
    const place = changed ? count : Math.max(0, count - running);
    updates[name] = {
      Ignore: changed ? 0 : Math.min(running, count),
      Place: changed && old ? Math.max(0, count - running) : place,
      Migrate: 0,
      Stop: changed ? 0 : Math.max(0, running - count),
      InPlaceUpdate: 0,
      DestructiveUpdate: changed && old ? Math.min(running, count) : 0,
      Canary: 0,
      Preemptions: 0,
    };
    const problem =
      place > 0 ? infeasible(cluster, job, group, place) : undefined;
    if (problem) failed[name] = problem;
    const tasks = objects(group, 'Tasks').map((task) => {
      const before = byName(objects(old, 'Tasks'), str(task, 'Name') ?? '');
      const same = before && sameJson(before, task);
      return {
        Type: !before ? 'Added' : same ? 'None' : 'Edited',
        Name: str(task, 'Name') ?? '',
        Fields: fieldDiff(before, task),
        Objects: null,
        Annotations: null,
      };
    });
    const counts: JsonObject = {};
    if (place > 0) counts['create'] = place;
    if (changed && old && running > 0)
      counts['create/destroy update'] = running;
    if (!changed && running > 0) counts['ignore'] = running;
    return {
      Type: type,
      Name: name,
      Fields: fieldDiff(old, group),
      Objects: null,
      Tasks: tasks,
      Updates: Object.keys(counts).length ? counts : null,
    };
  });
  return {
    Annotations: { DesiredTGUpdates: updates, PreemptedAllocs: null },
    FailedTGAllocs: Object.keys(failed).length ? failed : null,
    JobModifyIndex: num(existing, 'JobModifyIndex') ?? 0,
    CreatedEvals: null,
    Diff: {
      Type: jobType,
      ID: id,
      Fields: fieldDiff(existing, job),
      Objects: null,
      TaskGroups: groupDiffs,
    },
    NextPeriodicLaunch: ZERO_TIME,
    Warnings: mergeWarnings(jobWarnings(job)),
    Index: cluster.state.index,
  };
}
