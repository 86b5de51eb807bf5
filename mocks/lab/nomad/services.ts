// Service registrations: `provider = "nomad"` ones for Nomad's own catalogue,
// Consul ones for the lab's stand-in for Consul DNS (database.service.consul).
import type { Cluster } from './cluster.ts';
import { objects, str, strings, type JsonObject } from './json.ts';
import type { AllocationRecord, ServiceRecord } from './state.ts';

interface Wanted {
  service: JsonObject;
  owner: string;
}

export function syncServices(
  cluster: Cluster,
  alloc: AllocationRecord,
  job: JsonObject | undefined,
) {
  const keep =
    alloc.DesiredStatus === 'run' && alloc.ClientStatus === 'running';
  const wanted: Wanted[] = [];
  if (keep && job) {
    const group = objects(job, 'TaskGroups').find(
      (g) => str(g, 'Name') === alloc.TaskGroup,
    );
    for (const service of objects(group, 'Services')) {
      wanted.push({ service, owner: `group-${alloc.TaskGroup}` });
    }
    for (const task of objects(group, 'Tasks')) {
      const name = str(task, 'Name') ?? '';
      if (alloc.TaskStates[name]?.State !== 'running') continue;
      for (const service of objects(task, 'Services')) {
        wanted.push({ service, owner: name });
      }
    }
  }
  const records = wanted.map((w) => record(cluster, alloc, w));
  const ids = new Set(records.map((r) => r.ID));
  const others = cluster.state.services.filter(
    (s) => s.AllocID !== alloc.ID || ids.has(s.ID),
  );
  const known = new Set(others.map((s) => s.ID));
  cluster.state.services = [
    ...others,
    ...records.filter((r) => !known.has(r.ID)),
  ];
}

function record(
  cluster: Cluster,
  alloc: AllocationRecord,
  { service, owner }: Wanted,
): ServiceRecord {
  const name = str(service, 'Name') ?? '';
  const label = str(service, 'PortLabel') ?? '';
  const port = alloc.ports.find(
    (p) => p.label === label && (p.task === undefined || p.task === owner),
  );
  const index = cluster.state.index;
  return {
    ID: `_nomad-task-${alloc.ID}-${owner}-${name}-${label}`,
    ServiceName: name,
    JobID: alloc.JobID,
    AllocID: alloc.ID,
    Tags: strings(service, 'Tags'),
    Address: cluster.address,
    Port: port?.value ?? (Number(label) || 0),
    provider: str(service, 'Provider') ?? 'consul',
    CreateIndex: index,
    ModifyIndex: index,
  };
}

/** A registration as /v1/service/:name shows it. */
export function serviceJson(cluster: Cluster, s: ServiceRecord): JsonObject {
  return {
    ID: s.ID,
    ServiceName: s.ServiceName,
    Namespace: 'default',
    NodeID: cluster.state.nodeId,
    Datacenter: 'dc1',
    JobID: s.JobID,
    AllocID: s.AllocID,
    Tags: s.Tags,
    Address: s.Address,
    Port: s.Port,
    CreateIndex: s.CreateIndex,
    ModifyIndex: s.ModifyIndex,
  };
}
