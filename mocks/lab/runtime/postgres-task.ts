// The hashicorp/postgres-nomad-demo task: a PostgreSQL server with the demo
// data, reachable on the host port docker maps to the container's 5432.
import type { DatabaseHost, DatabaseServer } from '../ports.ts';
import { DEFAULT_SUPERUSER_PASSWORD, seedDemoData } from './demo-data.ts';
import { hostPortFor } from './images.ts';
import type { TaskSpec } from './task-types.ts';

const POSTGRES_PORT = 5432;

/** A database as the lab's network sees it. */
export interface RunningDatabase {
  allocId: string;
  jobId: string;
  /** Where Nomad says it is: the allocation address and host port. */
  address: string;
  port: number | undefined;
  server: DatabaseServer;
}

export async function startPostgresTask(
  spec: TaskSpec,
  host: DatabaseHost,
  journal: string[] | undefined,
  signal: AbortSignal,
): Promise<RunningDatabase> {
  const port = hostPortFor(spec, POSTGRES_PORT);
  const superuserPassword =
    spec.env['POSTGRES_PASSWORD'] || DEFAULT_SUPERUSER_PASSWORD;
  const started = await host.start({
    superuserPassword,
    port: port ?? POSTGRES_PORT,
    ...(journal ? { journal } : {}),
  });
  const { server } = started;
  try {
    signal.throwIfAborted();
    await seedDemoData(server, superuserPassword);
    signal.throwIfAborted();
  } catch (error) {
    await server.stop();
    throw error;
  }
  const { allocId, jobId, address } = spec;
  return { allocId, jobId, address, port, server };
}
