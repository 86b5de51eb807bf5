// GET /v1/allocation/:id: the full allocation, with where its ports are.
import type { Cluster } from './cluster.ts';
import { num, obj, objects, str, type JsonObject } from './json.ts';
import type { AllocatedPort, AllocationRecord } from './state.ts';
import { allocStub } from './views.ts';

function portJson(port: AllocatedPort): JsonObject {
  return {
    Label: port.label,
    Value: port.value,
    To: port.to,
    HostNetwork: 'default',
    IgnoreCollision: false,
  };
}

function network(
  cluster: Cluster,
  ports: AllocatedPort[],
  mode = '',
): JsonObject {
  const reserved = ports.filter((p) => p.static).map(portJson);
  const dynamic = ports.filter((p) => !p.static).map(portJson);
  return {
    Mode: mode,
    Device: 'lo',
    CIDR: `${cluster.address}/32`,
    IP: cluster.address,
    Hostname: '',
    MBits: 0,
    DNS: null,
    ReservedPorts: reserved.length ? reserved : null,
    DynamicPorts: dynamic.length ? dynamic : null,
    CNI: null,
  };
}

export function allocationView(
  cluster: Cluster,
  alloc: AllocationRecord,
): JsonObject {
  const record = cluster.state.jobs[alloc.JobID];
  const job =
    record?.versions.find((v) => num(v, 'Version') === alloc.JobVersion) ??
    record?.job ??
    null;
  const group = objects(job, 'TaskGroups').find(
    (g) => str(g, 'Name') === alloc.TaskGroup,
  );
  const groupPorts = alloc.ports.filter((p) => p.task === undefined);
  const mode = str(objects(group, 'Networks')[0], 'Mode') ?? '';
  const tasks: JsonObject = {};
  const taskResources: JsonObject = {};
  const lifecycles: JsonObject = {};
  let cpu = 0;
  let memory = 0;
  for (const task of objects(group, 'Tasks')) {
    const name = str(task, 'Name') ?? '';
    const resources = obj(task, 'Resources');
    const taskPorts = alloc.ports.filter((p) => p.task === name);
    const networks = taskPorts.length ? [network(cluster, taskPorts)] : null;
    const taskCpu = num(resources, 'CPU') ?? 100;
    const taskMemory = num(resources, 'MemoryMB') ?? 300;
    cpu += taskCpu;
    memory += taskMemory;
    tasks[name] = {
      Cpu: { CpuShares: taskCpu, ReservedCores: null },
      Memory: { MemoryMB: taskMemory, MemoryMaxMB: 0 },
      Networks: networks,
      Devices: null,
    };
    taskResources[name] = {
      CPU: taskCpu,
      MemoryMB: taskMemory,
      DiskMB: 0,
      Networks: networks,
    };
    lifecycles[name] = null;
  }
  const disk = num(obj(group, 'EphemeralDisk'), 'SizeMB') ?? 300;
  const sharedNetworks = groupPorts.length
    ? [network(cluster, groupPorts, mode)]
    : null;
  return {
    ...allocStub(cluster, alloc),
    Job: job,
    Resources: {
      CPU: cpu,
      MemoryMB: memory,
      DiskMB: disk,
      Networks: sharedNetworks,
    },
    SharedResources: {
      CPU: 0,
      MemoryMB: 0,
      DiskMB: disk,
      Networks: sharedNetworks,
    },
    TaskResources: taskResources,
    AllocatedResources: {
      Tasks: tasks,
      TaskLifecycles: lifecycles,
      Shared: {
        DiskMB: disk,
        Networks: sharedNetworks,
        // Group and task-level ports alike, as the HTTP handler lists them.
        Ports: alloc.ports.length
          ? alloc.ports.map((p) => ({
              Label: p.label,
              Value: p.value,
              To: p.to,
              HostIP: cluster.address,
              IgnoreCollision: false,
            }))
          : null,
      },
    },
    Metrics: {
      NodesEvaluated: 1,
      NodesFiltered: 0,
      NodesInPool: 1,
      NodesAvailable: { dc1: 1 },
      ClassFiltered: null,
      ConstraintFiltered: null,
      NodesExhausted: 0,
      ClassExhausted: null,
      DimensionExhausted: null,
      QuotaExhausted: null,
      ResourcesExhausted: null,
      Scores: null,
      ScoreMetaData: null,
      AllocationTime: 41_000,
      CoalescedFailures: 0,
    },
    AllocStates: null,
    PreviousAllocation: '',
    DeploymentID: alloc.DeploymentID,
    NetworkStatus: null,
    SigningKeyID: '',
    AllocModifyIndex: alloc.AllocModifyIndex,
  };
}
