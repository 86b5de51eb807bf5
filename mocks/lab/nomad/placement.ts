// Whether the dev node can take a task group, and the allocation it gets.
import type { Cluster } from './cluster.ts';
import { DATACENTER } from './cluster.ts';
import { newId } from './ids.ts';
import { num, obj, objects, str, strings, type JsonObject } from './json.ts';
import {
  isTerminal,
  type AllocatedPort,
  type AllocationRecord,
} from './state.ts';

export const NODE_DRIVERS = ['docker', 'raw_exec', 'exec'];

export function metric(overrides: JsonObject = {}): JsonObject {
  return {
    NodesEvaluated: 1,
    NodesFiltered: 0,
    NodesInPool: 1,
    NodesAvailable: { [DATACENTER]: 1 },
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
    ...overrides,
  };
}

const glob = (pattern: string) =>
  new RegExp(
    `^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
  );

interface WantedPort {
  label: string;
  value: number;
  to: number;
  task?: string;
}

/** The ports a group asks for: group network first, then task networks. */
export function wantedPorts(group: JsonObject): WantedPort[] {
  const list: WantedPort[] = [];
  const read = (network: JsonObject, task?: JsonObject) => {
    const portMap = objects(obj(task, 'Config'), 'port_map')[0];
    for (const kind of ['ReservedPorts', 'DynamicPorts']) {
      for (const port of objects(network, kind)) {
        const label = str(port, 'Label') ?? '';
        const mapped = portMap?.[label];
        const wanted: WantedPort = {
          label,
          value: kind === 'ReservedPorts' ? (num(port, 'Value') ?? 0) : 0,
          to: typeof mapped === 'number' ? mapped : (num(port, 'To') ?? 0),
        };
        if (task) wanted.task = str(task, 'Name') ?? '';
        list.push(wanted);
      }
    }
  };
  for (const network of objects(group, 'Networks')) read(network);
  for (const task of objects(group, 'Tasks')) {
    for (const network of objects(obj(task, 'Resources'), 'Networks')) {
      read(network, task);
    }
  }
  return list;
}

/** Why the node cannot take the group right now, as an AllocMetric. */
export function infeasible(
  cluster: Cluster,
  job: JsonObject,
  group: JsonObject,
  count: number,
): JsonObject | undefined {
  const datacenters = strings(job, 'Datacenters');
  if (!datacenters.some((dc) => glob(dc).test(DATACENTER))) {
    return metric({
      NodesEvaluated: 0,
      NodesAvailable: Object.fromEntries(datacenters.map((dc) => [dc, 0])),
      CoalescedFailures: count - 1,
    });
  }
  const drivers = objects(group, 'Tasks').map((t) => str(t, 'Driver') ?? '');
  if (drivers.some((d) => !NODE_DRIVERS.includes(d))) {
    return metric({
      NodesFiltered: 1,
      ConstraintFiltered: { 'missing drivers': 1 },
      CoalescedFailures: count - 1,
    });
  }
  const used = new Set(
    cluster.state.allocs
      .filter((a) => !isTerminal(a) && a.DesiredStatus === 'run')
      .flatMap((a) => a.ports.map((p) => p.value)),
  );
  const clash = wantedPorts(group).find((p) => p.value && used.has(p.value));
  if (clash) {
    const dimension = `network: reserved port collision ${clash.label}=${clash.value}`;
    return metric({
      NodesExhausted: 1,
      DimensionExhausted: { [dimension]: 1 },
      CoalescedFailures: count - 1,
    });
  }
  return undefined;
}

export async function newAllocation(
  cluster: Cluster,
  job: JsonObject,
  group: JsonObject,
  slot: number,
  evalId: string,
  deploymentId: string,
): Promise<AllocationRecord> {
  const ports: AllocatedPort[] = [];
  for (const want of wantedPorts(group)) {
    const value = await cluster.ports.network.allocatePort(
      want.value || undefined,
    );
    const port: AllocatedPort = {
      label: want.label,
      value,
      to: want.to,
      static: want.value > 0,
    };
    if (want.task !== undefined) port.task = want.task;
    ports.push(port);
  }
  const index = cluster.nextIndex();
  const jobId = str(job, 'ID') ?? '';
  const groupName = str(group, 'Name') ?? '';
  return {
    ID: newId(),
    EvalID: evalId,
    Name: `${jobId}.${groupName}[${slot}]`,
    JobID: jobId,
    JobVersion: num(job, 'Version') ?? 0,
    TaskGroup: groupName,
    DesiredStatus: 'run',
    DesiredDescription: '',
    ClientStatus: 'pending',
    ClientDescription: '',
    TaskStates: {},
    DeploymentID: deploymentId,
    Healthy: null,
    HealthTime: 0,
    ports,
    vaultTokens: {},
    CreateIndex: index,
    ModifyIndex: index,
    AllocModifyIndex: index,
    CreateTime: cluster.nowNanos(),
    ModifyTime: cluster.nowNanos(),
  };
}
