// The hashicorp/nomad-vault-demo task: render the templates into the task
// dir (blocking until Vault answers), then start the web app on port 8080.
import { createWebApp } from '../apps/web-app.ts';
import type { DatabaseServer, Handler, NetworkHost } from '../ports.ts';
import { hostPortFor } from './images.ts';
import { renderTemplates } from './render-templates.ts';
import type { ServiceEntry } from './render-templates.ts';
import { createTaskDir } from './task-dir.ts';
import type { TaskEvents, TaskSpec } from './task-types.ts';

const APP_PORT = 8080;

/** A web app as the lab's network sees it. */
export interface RunningApp {
  allocId: string;
  jobId: string;
  task: string;
  address: string;
  /** Host port docker maps to the app's 8080, if any. */
  port: number | undefined;
  handler: Handler;
  startedAt: number;
}

export interface WebTaskOptions {
  vault: Handler;
  network: NetworkHost;
  clock: () => number;
  services: () => ServiceEntry[];
  resolveDatabase(host: string, port: number): DatabaseServer | undefined;
}

export async function startWebTask(
  spec: TaskSpec,
  options: WebTaskOptions,
  events: TaskEvents,
  signal: AbortSignal,
): Promise<{ app: RunningApp; close(): Promise<void> }> {
  const taskDir = createTaskDir(spec.config);
  if (spec.vaultToken) taskDir.write('secrets/vault_token', spec.vaultToken);
  const { vault, services } = options;
  const rendered = await renderTemplates({
    spec,
    vault,
    services,
    events,
    signal,
  });
  for (const [destination, content] of rendered) {
    taskDir.write(destination, content);
  }
  const handler = createWebApp({
    readFile: (path) => taskDir.readInContainer(path),
    resolveDatabase: options.resolveDatabase,
  });
  const port = hostPortFor(spec, APP_PORT);
  const served =
    port !== undefined && options.network.serve
      ? await options.network.serve(handler, port)
      : undefined;
  const app: RunningApp = {
    allocId: spec.allocId,
    jobId: spec.jobId,
    task: spec.task,
    address: spec.address,
    port,
    handler,
    startedAt: options.clock(),
  };
  return { app, close: async () => served?.close() };
}
