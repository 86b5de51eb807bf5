// The dev node's client: runs an allocation's tasks through the task
// runtime and records what happens as task events.
import type { Cluster } from './cluster.ts';
import { rfc3339 } from './go-time.ts';
import { obj, objects, str, strings, type JsonObject } from './json.ts';
import type { RunningTask } from './runtime.ts';
import { clientStatusOf, newTaskState } from './alloc-status.ts';
import type { AllocationRecord, TaskStateRecord } from './state.ts';
import { pushEvent, taskEvent, type EventDetails } from './task-events.ts';
import { buildTaskSpec } from './task-spec.ts';
import { deriveTaskToken, revokeAccessor } from './vault-tokens.ts';

const KILL_TIMEOUT = 5_000_000_000;
const PORT_MAP_ERROR =
  "'port_map' cannot map group network ports, use 'ports' instead";

interface AllocRun {
  controller: AbortController;
  running: Map<string, RunningTask>;
}

export interface ClientHooks {
  /** Called after every change to an allocation's client state. */
  allocChanged(alloc: AllocationRecord): void;
}

export class NodeClient {
  private readonly runs = new Map<string, AllocRun>();

  constructor(
    private readonly cluster: Cluster,
    private readonly hooks: ClientHooks,
  ) {}

  /** Starts a newly placed allocation (or one restored after a reload). */
  run(alloc: AllocationRecord, job: JsonObject, restored = false): void {
    const run: AllocRun = {
      controller: new AbortController(),
      running: new Map(),
    };
    this.runs.set(alloc.ID, run);
    for (const task of this.tasksOf(alloc, job)) {
      const name = str(task, 'Name') ?? '';
      const state = (alloc.TaskStates[name] ??= newTaskState());
      if (restored && state.State === 'dead') continue;
      if (!restored) {
        this.event(state, 'Received');
        this.event(state, 'Task Setup', { message: 'Building Task Directory' });
      }
      this.settle(alloc);
      let quiet = () => {};
      const progress = new Promise<void>((resolve) => (quiet = resolve));
      this.cluster.work.track(progress);
      void this.startTask(alloc, job, task, run, quiet).finally(quiet);
    }
  }

  async stop(alloc: AllocationRecord): Promise<void> {
    const run = this.runs.get(alloc.ID);
    this.runs.delete(alloc.ID);
    run?.controller.abort();
    for (const [name, state] of Object.entries(alloc.TaskStates)) {
      if (state.State === 'dead') continue;
      this.event(state, 'Killing', {
        killTimeout: KILL_TIMEOUT,
        display: 'Sent interrupt. Waiting 5s before force killing',
      });
      const running = run?.running.get(name);
      if (running) {
        await running.stop().catch(() => undefined);
        this.event(state, 'Terminated', {
          exitCode: 0,
          display: 'Exit Code: 0',
        });
      }
      this.event(state, 'Killed');
      state.State = 'dead';
      state.FinishedAt = rfc3339(this.cluster.now());
    }
    const accessors = Object.values(alloc.vaultTokens).map((t) => t.accessor);
    await Promise.all(accessors.map((a) => revokeAccessor(this.cluster, a)));
    this.settle(alloc);
  }

  async stopAll(): Promise<void> {
    const runs = [...this.runs.values()];
    this.runs.clear();
    for (const run of runs) run.controller.abort();
    await Promise.all(
      runs.flatMap((run) => [...run.running.values()].map((t) => t.stop())),
    );
  }

  private tasksOf(alloc: AllocationRecord, job: JsonObject): JsonObject[] {
    const group = objects(job, 'TaskGroups').find(
      (g) => str(g, 'Name') === alloc.TaskGroup,
    );
    return objects(group, 'Tasks');
  }

  private async startTask(
    alloc: AllocationRecord,
    job: JsonObject,
    task: JsonObject,
    run: AllocRun,
    quiet: () => void,
  ): Promise<void> {
    const name = str(task, 'Name') ?? '';
    const state = alloc.TaskStates[name] ?? newTaskState();
    const { signal } = run.controller;
    const groupPorts = alloc.ports.some((p) => p.task === undefined);
    const config = obj(task, 'Config');
    if (
      str(task, 'Driver') === 'docker' &&
      config?.['port_map'] &&
      groupPorts
    ) {
      this.fail(alloc, state, 'Driver Failure', PORT_MAP_ERROR);
      return;
    }
    const vault = obj(task, 'Vault');
    if (vault && !alloc.vaultTokens[name]) {
      // Without a server token Nomad retries quietly: the task waits here.
      if (!this.cluster.state.vault?.token) return;
      try {
        const policies = strings(vault, 'Policies');
        alloc.vaultTokens[name] = await deriveTaskToken(
          this.cluster,
          alloc,
          name,
          policies,
        );
      } catch (error) {
        if (signal.aborted) return;
        const reason = `Vault: server failed to derive vault token: ${(error as Error).message}`;
        this.fail(alloc, state, 'Killing', reason);
        return;
      }
    }
    if (signal.aborted) return;
    const spec = buildTaskSpec(this.cluster, alloc, job, task);
    let sawDriver = false;
    const events = {
      event: (type: string, message: string) => {
        if (signal.aborted) return;
        if (type === 'Driver') sawDriver = true;
        const details: EventDetails =
          type === 'Driver' ? { driverMessage: message } : { message };
        this.event(state, type, details);
        if (type === 'Template') quiet();
        this.settle(alloc);
      },
    };
    let running: RunningTask;
    try {
      running = await this.cluster.ports.runtime.start(spec, events, signal);
    } catch (error) {
      if (signal.aborted) return;
      const message = (error as Error).message ?? String(error);
      if (message.startsWith('Template failed')) {
        this.fail(alloc, state, 'Killing', message);
      } else {
        const text = message.replace(/^Driver Failure: /, '');
        this.fail(alloc, state, 'Driver Failure', text);
      }
      return;
    }
    if (signal.aborted) {
      await running.stop();
      return;
    }
    run.running.set(name, running);
    if (state.State === 'running') return;
    if (!sawDriver && spec.driver === 'docker') {
      this.event(state, 'Driver', { driverMessage: 'Downloading image' });
    }
    this.event(state, 'Started');
    state.State = 'running';
    state.StartedAt = rfc3339(this.cluster.now());
    this.settle(alloc);
  }

  private fail(
    alloc: AllocationRecord,
    state: TaskStateRecord,
    type: string,
    message: string,
  ) {
    const details: EventDetails =
      type === 'Driver Failure'
        ? { driverError: message, failsTask: true }
        : { display: message, failsTask: true };
    this.event(state, type, details);
    state.State = 'dead';
    state.Failed = true;
    state.FinishedAt = rfc3339(this.cluster.now());
    this.settle(alloc);
  }

  private event(state: TaskStateRecord, type: string, details?: EventDetails) {
    pushEvent(state.Events, taskEvent(type, this.cluster.nowNanos(), details));
  }

  /** Recomputes the allocation's client status from its tasks. */
  private settle(alloc: AllocationRecord) {
    Object.assign(alloc, clientStatusOf(alloc.TaskStates));
    const index = this.cluster.nextIndex();
    alloc.ModifyIndex = index;
    alloc.ModifyTime = this.cluster.nowNanos();
    this.hooks.allocChanged(alloc);
    this.cluster.changed();
  }
}
