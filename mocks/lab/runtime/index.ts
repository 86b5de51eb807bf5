// The lab's Nomad client driver: runs the guide's two docker images as
// in-process tasks (a PostgreSQL server and the web app that reads it).
import type {
  DatabaseHost,
  DatabaseServer,
  Handler,
  NetworkHost,
} from '../ports.ts';
import { demoImageOf } from './images.ts';
import { startPostgresTask } from './postgres-task.ts';
import type { RunningDatabase } from './postgres-task.ts';
import { TaskFailure } from './render-templates.ts';
import type { ServiceEntry } from './render-templates.ts';
import type {
  RunningTask,
  TaskEvents,
  TaskRuntime,
  TaskSpec,
} from './task-types.ts';
import { startWebTask } from './web-task.ts';
import type { RunningApp } from './web-task.ts';

export type { RunningApp, RunningDatabase, ServiceEntry };
export { TaskFailure };

export interface TaskRuntimeOptions {
  database: DatabaseHost;
  network: NetworkHost;
  vault: Handler;
  clock?: () => number;
  /** The network as tasks see it: which database answers at host:port. */
  resolveDatabase(host: string, port: number): DatabaseServer | undefined;
  /** Nomad's service registrations, for `nomadService` in templates. */
  services?: () => ServiceEntry[];
  /** Statements to replay into the first database started (restore). */
  journal?: string[];
  /** Called when a task starts or stops. */
  onChange?: () => void;
}

export interface LabTaskRuntime extends TaskRuntime {
  apps(): RunningApp[];
  databases(): RunningDatabase[];
  /**
   * Statements that rebuild the database: the running one's journal, or
   * the restored journal while its server is still starting.
   */
  journal(): string[] | undefined;
  /** Stops every task still running (lab reset and dispose). */
  stopAll(): Promise<void>;
}

export function createTaskRuntime(options: TaskRuntimeOptions): LabTaskRuntime {
  const apps = new Map<string, RunningApp>();
  const databases = new Map<string, RunningDatabase>();
  const running = new Set<RunningTask>();
  const changed = () => options.onChange?.();
  // Kept for snapshots until a database runs; handed to the first start.
  let restoredJournal = options.journal;
  let replay = options.journal;
  const key = (spec: TaskSpec) => `${spec.allocId}/${spec.task}`;

  const track = (stop: () => Promise<void>): RunningTask => {
    let stopping: Promise<void> | undefined;
    const task: RunningTask = {
      stop: () => {
        running.delete(task);
        stopping ??= stop().finally(changed);
        return stopping;
      },
    };
    running.add(task);
    changed();
    return task;
  };

  const startPostgres = async (spec: TaskSpec, signal: AbortSignal) => {
    const statements = replay;
    replay = undefined;
    const database = await startPostgresTask(
      spec,
      options.database,
      statements,
      signal,
    );
    databases.set(key(spec), database);
    restoredJournal = undefined;
    return track(async () => {
      databases.delete(key(spec));
      await database.server.stop();
    });
  };

  const startWeb = async (
    spec: TaskSpec,
    events: TaskEvents,
    signal: AbortSignal,
  ) => {
    const web = await startWebTask(
      spec,
      {
        vault: options.vault,
        network: options.network,
        clock: options.clock ?? Date.now,
        services: options.services ?? (() => []),
        resolveDatabase: options.resolveDatabase,
      },
      events,
      signal,
    );
    apps.set(key(spec), web.app);
    return track(async () => {
      apps.delete(key(spec));
      await web.close();
    });
  };

  return {
    async start(spec, events, signal) {
      const image = demoImageOf(spec);
      if (image === 'postgres') return startPostgres(spec, signal);
      if (image === 'web-app') return startWeb(spec, events, signal);
      throw new TaskFailure(unknownImage(spec));
    },
    apps: () => [...apps.values()],
    databases: () => [...databases.values()],
    journal: () => {
      const [running] = databases.values();
      return running ? running.server.journal?.() : restoredJournal;
    },
    stopAll: async () => {
      await Promise.all([...running].map((task) => task.stop()));
    },
  };
}

function unknownImage(spec: TaskSpec): string {
  if (spec.driver !== 'docker') {
    return `the lab's client has no "${spec.driver}" driver`;
  }
  const image = String(spec.config['image'] ?? '');
  return (
    `Failed to pull \`${image}\`: the lab runs only the guide's images ` +
    '(hashicorp/postgres-nomad-demo, hashicorp/nomad-vault-demo)'
  );
}
