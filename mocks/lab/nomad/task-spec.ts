// What the client hands the driver for one task: env, ports, templates.
import type { Cluster } from './cluster.ts';
import { DATACENTER, REGION } from './cluster.ts';
import {
  bool,
  isObject,
  num,
  obj,
  objects,
  str,
  type Json,
  type JsonObject,
} from './json.ts';
import type { TaskSpec } from './runtime.ts';
import type { AllocationRecord } from './state.ts';

/** ${NAME} references to known variables, as Nomad interpolates them. */
function interpolate(value: Json, env: Record<string, string>): Json {
  if (typeof value === 'string') {
    return value.replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
      const key = name.trim().replace(/^env\./, '');
      return env[key] ?? whole;
    });
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, env));
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, interpolate(v, env)]),
    );
  }
  return value;
}

export function buildTaskSpec(
  cluster: Cluster,
  alloc: AllocationRecord,
  job: JsonObject,
  task: JsonObject,
): TaskSpec {
  const name = str(task, 'Name') ?? '';
  const address = cluster.address;
  const ports = alloc.ports
    .filter((p) => p.task === undefined || p.task === name)
    .map((p) => ({ label: p.label, value: p.value, to: p.to }));
  const resources = obj(task, 'Resources');
  const env: Record<string, string> = {
    NOMAD_ALLOC_DIR: '/alloc',
    NOMAD_TASK_DIR: '/local',
    NOMAD_SECRETS_DIR: '/secrets',
    NOMAD_ALLOC_ID: alloc.ID,
    NOMAD_ALLOC_NAME: alloc.Name,
    NOMAD_ALLOC_INDEX: /\[(\d+)\]$/.exec(alloc.Name)?.[1] ?? '0',
    NOMAD_JOB_ID: alloc.JobID,
    NOMAD_JOB_NAME: str(job, 'Name') ?? alloc.JobID,
    NOMAD_GROUP_NAME: alloc.TaskGroup,
    NOMAD_TASK_NAME: name,
    NOMAD_NAMESPACE: 'default',
    NOMAD_REGION: REGION,
    NOMAD_DC: DATACENTER,
    NOMAD_CPU_LIMIT: String(num(resources, 'CPU') ?? 100),
    NOMAD_MEMORY_LIMIT: String(num(resources, 'MemoryMB') ?? 300),
  };
  for (const port of ports) {
    const inside = port.to || port.value;
    env[`NOMAD_IP_${port.label}`] = address;
    env[`NOMAD_PORT_${port.label}`] = String(inside);
    env[`NOMAD_ADDR_${port.label}`] = `${address}:${inside}`;
    env[`NOMAD_HOST_IP_${port.label}`] = address;
    env[`NOMAD_HOST_PORT_${port.label}`] = String(port.value);
    env[`NOMAD_HOST_ADDR_${port.label}`] = `${address}:${port.value}`;
    env[`NOMAD_ALLOC_PORT_${port.label}`] = String(inside);
  }
  const derived = alloc.vaultTokens[name];
  const vault = obj(task, 'Vault');
  if (derived && vault && bool(vault, 'Env') !== false) {
    env['VAULT_TOKEN'] = derived.token;
  }
  const own = obj(task, 'Env') ?? {};
  for (const [key, value] of Object.entries(own)) {
    env[key] = String(interpolate(value, env));
  }
  const config = interpolate(obj(task, 'Config') ?? {}, env) as JsonObject;
  const spec: TaskSpec = {
    allocId: alloc.ID,
    jobId: alloc.JobID,
    group: alloc.TaskGroup,
    task: name,
    driver: str(task, 'Driver') ?? '',
    config,
    env,
    ports,
    address,
    templates: objects(task, 'Templates').map((t) => {
      const template: TaskSpec['templates'][number] = {
        data: str(t, 'EmbeddedTmpl') ?? '',
        destination: String(interpolate(str(t, 'DestPath') ?? '', env)),
      };
      const changeMode = str(t, 'ChangeMode');
      if (changeMode) template.changeMode = changeMode;
      return template;
    }),
  };
  if (derived) spec.vaultToken = derived.token;
  return spec;
}
