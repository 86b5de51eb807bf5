// A task's first render, as Nomad's template hook does it: the task waits
// until every template has all its data, retrying failed reads with
// backoff and reporting what is still missing as a `Template` event.
import type { Handler } from '../ports.ts';
import { sleep } from './sleep.ts';
import type { TaskEvents, TaskSpec } from './task-types.ts';
import { GoStruct, renderTemplate, TemplateError } from './template/index.ts';
import type { FunctionTable } from './template/index.ts';
import { readSecret, trimSecretPath, vaultReadName } from './vault-secrets.ts';

/** A service registration as `nomadService` returns it. */
export interface ServiceEntry {
  name: string;
  address: string;
  port: number;
  jobId: string;
  allocId: string;
}

export interface RenderOptions {
  spec: TaskSpec;
  vault: Handler;
  services: () => ServiceEntry[];
  events: TaskEvents;
  signal: AbortSignal;
}

/** The task cannot start; `message` is the Killing event Nomad shows. */
export class TaskFailure extends Error {
  override name = 'TaskFailure';
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 60_000;

/** Resolves with each template's output, keyed by destination. */
export async function renderTemplates(
  options: RenderOptions,
): Promise<Map<string, string>> {
  const { spec, vault, events, signal } = options;
  const secrets = new Map<string, GoStruct>();
  let reported = '';
  for (let delay = FIRST_RETRY_MS; ;) {
    signal.throwIfAborted();
    const round = renderRound(options, secrets);
    if (round.missing.size === 0) return round.outputs;
    const unread: string[] = [];
    for (const path of round.secretPaths) {
      const read = await readSecret(vault, spec.vaultToken, path);
      if (read.ok) secrets.set(path, read.secret);
      else unread.push(vaultReadName(path));
    }
    signal.throwIfAborted();
    const stillMissing = [...round.services, ...unread];
    if (stillMissing.length === 0) continue;
    const message = `Missing: ${listDependencies(stillMissing)}`;
    if (message !== reported) events.event('Template', message);
    reported = message;
    await sleep(delay, signal);
    delay = Math.min(delay * 2, MAX_RETRY_MS);
  }
}

interface Round {
  outputs: Map<string, string>;
  missing: Set<string>;
  secretPaths: Set<string>;
  services: string[];
}

function renderRound(
  options: RenderOptions,
  secrets: ReadonlyMap<string, GoStruct>,
): Round {
  const round: Round = {
    outputs: new Map(),
    missing: new Set(),
    secretPaths: new Set(),
    services: [],
  };
  const functions = templateFunctions(options, secrets, round);
  for (const template of options.spec.templates) {
    try {
      round.outputs.set(
        template.destination,
        renderTemplate(template.data, functions),
      );
    } catch (error) {
      throw templateFailure(error);
    }
  }
  return round;
}

function templateFunctions(
  { spec, services }: RenderOptions,
  secrets: ReadonlyMap<string, GoStruct>,
  round: Round,
): FunctionTable {
  return {
    secret: (...args) => {
      if (args.length > 1) throw new Error('the lab only reads secrets');
      const path = trimSecretPath(String(args[0] ?? ''));
      const secret = secrets.get(path);
      if (secret) return secret;
      round.missing.add(vaultReadName(path));
      round.secretPaths.add(path);
      return null;
    },
    env: (name) => spec.env[String(name)] ?? '',
    nomadService: (name) => {
      const found = services().filter((entry) => entry.name === name);
      if (found.length === 0) {
        const dependency = `nomad.service(${String(name)})`;
        round.missing.add(dependency);
        round.services.push(dependency);
      }
      return found.map(nomadServiceValue);
    },
  };
}

function nomadServiceValue(entry: ServiceEntry): GoStruct {
  return new GoStruct('*dependency.NomadService', {
    Name: entry.name,
    Address: entry.address,
    Port: entry.port,
    JobID: entry.jobId,
    AllocID: entry.allocId,
  });
}

/** Nomad names at most three dependencies, then counts the rest. */
function listDependencies(names: string[]): string {
  const sorted = [...new Set(names)].sort();
  const shown = sorted.slice(0, 3).join(', ');
  const more = sorted.length - 3;
  return more > 0 ? `${shown}, and ${more} more` : shown;
}

// consul-template wraps errors as `<source>: <stage>: <error>`, and an
// inline template's source reads `(dynamic)`.
function templateFailure(error: unknown): unknown {
  if (!(error instanceof TemplateError)) return error;
  const detail = `(dynamic): ${error.stage}: ${error.message}`;
  return new TaskFailure(`Template failed: ${detail}`);
}
