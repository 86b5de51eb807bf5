// Register-time checks on a canonicalized job: validation errors,
// warnings, and the constraints the server adds on its own.
import { objects, obj, str, strings, type JsonObject } from '../json.ts';
import { multierror } from '../multierror.ts';

const TASK_NETWORK_DEPRECATED =
  'task network resources have been deprecated as of Nomad 0.12.0. ' +
  'Please configure networking via group network block.';

/** structs.Job.Validate, for the mistakes a learner can make here. */
export function validateJob(job: JsonObject): string[] {
  const errors: string[] = [];
  const id = str(job, 'ID') ?? '';
  if (id.includes(' ')) errors.push('Job ID contains a space');
  if (!str(job, 'Name')) errors.push('Missing job name');
  const type = str(job, 'Type') ?? '';
  if (!['service', 'batch', 'system', 'sysbatch'].includes(type)) {
    errors.push(`Invalid job type: "${type}"`);
  }
  const priority = job['Priority'];
  if (typeof priority === 'number' && (priority < 1 || priority > 100)) {
    errors.push('Job priority must be between [1, 100]');
  }
  const groups = objects(job, 'TaskGroups');
  if (groups.length === 0) errors.push('Missing job task groups');
  const seen = new Map<string, number>();
  groups.forEach((group, i) => {
    const name = str(group, 'Name') ?? '';
    const earlier = seen.get(name);
    if (!name) errors.push(`Job task group ${i + 1} missing name`);
    else if (earlier !== undefined) {
      errors.push(
        `Job task group ${i + 1} redefines '${name}' from group ${earlier + 1}`,
      );
    } else seen.set(name, i);
    const problems = validateGroup(group);
    if (problems.length > 0) {
      errors.push(
        `Task group ${name} validation failed: ${multierror(problems)}`,
      );
    }
  });
  return errors;
}

function validateGroup(group: JsonObject): string[] {
  const errors: string[] = [];
  const count = group['Count'];
  if (typeof count === 'number' && count < 0) {
    errors.push("Task group count can't be negative");
  }
  const tasks = objects(group, 'Tasks');
  if (tasks.length === 0) errors.push('Missing tasks for task group');
  const labels = new Set(portLabels(group));
  tasks.forEach((task, i) => {
    const name = str(task, 'Name') ?? '';
    if (!name) {
      errors.push(`Task ${i + 1} missing name`);
      return;
    }
    const problems: string[] = [];
    if (!str(task, 'Driver')) problems.push('Missing task driver');
    if (name.includes('/')) problems.push('Task name contains a slash');
    const own = new Set([...labels, ...taskPortLabels(task)]);
    for (const service of objects(task, 'Services')) {
      const label = str(service, 'PortLabel') ?? '';
      if (label && !/^\d+$/.test(label) && !own.has(label)) {
        problems.push(
          `port label "${label}" referenced by services ` +
            `${str(service, 'Name') ?? ''} does not exist`,
        );
      }
    }
    if (problems.length > 0) {
      errors.push(`Task ${name} validation failed: ${multierror(problems)}`);
    }
  });
  return errors;
}

export function portLabels(group: JsonObject): string[] {
  return objects(group, 'Networks').flatMap((network) =>
    ['ReservedPorts', 'DynamicPorts'].flatMap((kind) =>
      objects(network, kind).map((port) => str(port, 'Label') ?? ''),
    ),
  );
}

export function taskPortLabels(task: JsonObject): string[] {
  const resources = obj(task, 'Resources');
  return objects(resources, 'Networks').flatMap((network) =>
    ['ReservedPorts', 'DynamicPorts'].flatMap((kind) =>
      objects(network, kind).map((port) => str(port, 'Label') ?? ''),
    ),
  );
}

/** Registration warnings (task-level networks are deprecated). */
export function jobWarnings(job: JsonObject): string[] {
  const warnings: string[] = [];
  for (const group of objects(job, 'TaskGroups')) {
    const taskWarnings = objects(group, 'Tasks')
      .filter((task) => objects(obj(task, 'Resources'), 'Networks').length > 0)
      .map(
        (task) =>
          `Task "${str(task, 'Name') ?? ''}" has warnings: ` +
          multierror([TASK_NETWORK_DEPRECATED]),
      );
    if (taskWarnings.length > 0) {
      const text = multierror(taskWarnings);
      warnings.push(
        `Group "${str(group, 'Name') ?? ''}" has warnings: ${text}`,
      );
    }
  }
  return warnings;
}

export const usesVault = (job: JsonObject) => vaultTasks(job).length > 0;

export function vaultTasks(job: JsonObject): JsonObject[] {
  return objects(job, 'TaskGroups')
    .flatMap((group) => objects(group, 'Tasks'))
    .filter((task) => obj(task, 'Vault') !== undefined);
}

/** Legacy flow: every vault block must name at least one policy. */
export function vaultPolicyErrors(job: JsonObject): string[] {
  return vaultTasks(job)
    .filter((task) => strings(obj(task, 'Vault'), 'Policies').length === 0)
    .map(
      (task) =>
        `Task ${str(task, 'Name') ?? ''} has a Vault block with an empty ` +
        'list of policies',
    );
}

const constraint = (LTarget: string, RTarget: string, Operand: string) => ({
  LTarget,
  RTarget,
  Operand,
});

/** The group constraints the server adds (job_endpoint_hooks.go). */
export function addImplicitConstraints(job: JsonObject): void {
  for (const group of objects(job, 'TaskGroups')) {
    const tasks = objects(group, 'Tasks');
    const services = [
      ...objects(group, 'Services'),
      ...tasks.flatMap((t) => objects(t, 'Services')),
    ];
    const added: JsonObject[] = [];
    if (tasks.some((t) => obj(t, 'Vault'))) {
      added.push(constraint('${attr.vault.version}', '>= 0.6.1', 'semver'));
    }
    if (services.some((s) => str(s, 'Provider') === 'consul')) {
      added.push(constraint('${attr.consul.version}', '>= 1.8.0', 'semver'));
    }
    if (services.some((s) => str(s, 'Provider') === 'nomad')) {
      added.push(constraint('${attr.nomad.service_discovery}', 'true', '='));
    }
    if (added.length === 0) continue;
    const existing = objects(group, 'Constraints');
    group['Constraints'] = [...existing, ...added];
  }
}
