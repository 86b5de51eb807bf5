import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteHost } from '../database/pglite-host.ts';
import type { Handler } from '../ports.ts';
import { DEMO_NAMES } from './demo-data.ts';
import { createTaskRuntime } from './index.ts';
import type { LabTaskRuntime } from './index.ts';
import { createMemoryNetwork, findDatabase } from './network.ts';
import type { TaskSpec } from './task-types.ts';

const noVault: Handler = async () =>
  Response.json({ errors: ['permission denied'] }, { status: 403 });
const quietEvents = { event: () => undefined };
const running = () => new AbortController().signal;

function labRuntime(journal?: string[]): LabTaskRuntime {
  const runtime: LabTaskRuntime = createTaskRuntime({
    database: createPgliteHost(),
    network: createMemoryNetwork(),
    vault: noVault,
    resolveDatabase: (host, port) =>
      findDatabase(host, port, [], runtime.databases()),
    ...(journal ? { journal } : {}),
  });
  return runtime;
}

const task = (image: string, extra: Partial<TaskSpec> = {}): TaskSpec => ({
  allocId: `alloc-${image}`,
  jobId: image,
  group: 'g',
  task: 'server',
  driver: 'docker',
  config: { image: `hashicorp/${image}:latest` },
  env: { POSTGRES_PASSWORD: 'super-pw' },
  ports: [],
  address: '127.0.0.1',
  templates: [],
  ...extra,
});

const databaseTask = task('postgres-nomad-demo', {
  ports: [{ label: 'db', value: 5432, to: 0 }],
});

// A config file written by hand (no Vault): host, user and password.
const webTask = (user: string, password: string) =>
  task('nomad-vault-demo', {
    config: {
      image: 'hashicorp/nomad-vault-demo:latest',
      volumes: ['secrets/config.json:/etc/demo/config.json'],
    },
    ports: [{ label: 'http', value: 24_817, to: 8080 }],
    templates: [
      {
        destination: 'secrets/config.json',
        data: JSON.stringify({
          host: 'localhost',
          port: 5432,
          username: user,
          password,
          db: 'postgres',
        }),
      },
    ],
  });

const names = (handler: Handler) =>
  handler(new Request('http://127.0.0.1:24817/names?format=json'));

let runtime: LabTaskRuntime;

beforeAll(async () => {
  runtime = labRuntime();
  await runtime.start(databaseTask, quietEvents, running());
  const [database] = runtime.databases();
  const admin = await database!.server.connect({
    user: 'postgres',
    password: 'super-pw',
    database: 'postgres',
  });
  await admin.query(`CREATE USER reader WITH PASSWORD 'reader-pw';
    GRANT SELECT ON names TO reader;`);
});

afterAll(() => runtime.stopAll());

describe('task runtime', () => {
  it('serves the seeded names to a web app with working credentials', async () => {
    await runtime.start(webTask('reader', 'reader-pw'), quietEvents, running());
    const [app] = runtime.apps();

    const response = await names(app!.handler);

    expect(app!.port).toBe(24_817);
    expect(await response.json()).toEqual({
      database: 'postgres',
      user: 'reader',
      names: [...DEMO_NAMES],
    });
  });

  it('answers 500 with the Postgres error for a wrong password', async () => {
    const web = await runtime.start(
      webTask('reader', 'wrong'),
      quietEvents,
      running(),
    );
    const app = runtime.apps().at(-1);

    const response = await names(app!.handler);

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error:
        'PostgreSQL refused the request: ' +
        'password authentication failed for user "reader"',
    });
    await web.stop();
  });

  it('refuses an image the lab cannot run', async () => {
    const start = runtime.start(task('redis'), quietEvents, running());

    await expect(start).rejects.toThrow(
      "Failed to pull `hashicorp/redis:latest`: the lab runs only the guide's " +
        'images (hashicorp/postgres-nomad-demo, hashicorp/nomad-vault-demo)',
    );
  });

  it('keeps a restored journal for snapshots until its server runs', () => {
    const restored = labRuntime(['CREATE TABLE kept (id int);']);

    expect(restored.journal()).toEqual(['CREATE TABLE kept (id int);']);
  });

  it('rebuilds the database from its journal without seeding twice', async () => {
    const journal = runtime.databases()[0]!.server.journal!();
    const restored = labRuntime(journal);

    await restored.start(databaseTask, quietEvents, running());
    await restored.start(
      webTask('reader', 'reader-pw'),
      quietEvents,
      running(),
    );
    const response = await names(restored.apps()[0]!.handler);

    expect((await response.json()).names).toEqual([...DEMO_NAMES]);
    await restored.stopAll();
    expect(restored.databases()).toEqual([]);
  });
});
