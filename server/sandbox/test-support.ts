// The guide's calls as plain HTTP against a running sandbox, for tests:
// what the vault and nomad CLIs send, with the guide's own files.
import { stepFiles } from '../../src/guide/files/index.ts';

export interface Answer {
  status: number;
  body: unknown;
  text: string;
}

/** One HTTP call; JSON bodies are sent and parsed when present. */
export async function call(
  url: string,
  init: { method?: string; body?: unknown; token?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (init.token) headers['X-Vault-Token'] = init.token;
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Nomad answers errors as plain text.
  }
  return { status: response.status, body, text };
}

/**
 * The guide's files with the database on host port `port` instead of
 * 5432; docker maps it to the container's 5432 (`to`), as a learner would.
 */
export function guideFiles(port: number) {
  const onPort = (text: string) => text.replaceAll('5432', String(port));
  const dbJob = stepFiles.dbJob.content.replace(
    'static = 5432',
    `static = ${port}\n        to     = 5432`,
  );
  return {
    serverPolicy: stepFiles.nomadServerPolicy.content,
    tokenRole: JSON.parse(stepFiles.nomadClusterRole.content) as object,
    dbJob,
    connection: JSON.parse(onPort(stepFiles.connection.content)) as object,
    accessdbSql: stepFiles.accessdbSql.content,
    tablesPolicy: stepFiles.accessTablesPolicy.content,
    webJob: onPort(stepFiles.webAppJob.content),
  };
}

/** `nomad job run`: parse the HCL, then register the JSON job. */
export async function runJob(nomadAddr: string, hcl: string) {
  const parsed = await call(`${nomadAddr}/v1/jobs/parse`, {
    method: 'POST',
    body: { JobHCL: hcl, Canonicalize: true },
  });
  if (parsed.status !== 200) throw new Error(`parse: ${parsed.text}`);
  return call(`${nomadAddr}/v1/jobs`, {
    method: 'POST',
    body: { Job: parsed.body },
  });
}

interface AllocationStub {
  ID: string;
  ClientStatus: string;
  DesiredStatus: string;
}

/** Polls the job's allocations until one matches `isDone`. */
export async function waitForAllocation(
  nomadAddr: string,
  jobId: string,
  isDone: (allocation: Record<string, unknown>) => boolean,
  timeoutMs = 20_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    const stubs = await call(`${nomadAddr}/v1/job/${jobId}/allocations`);
    for (const stub of (stubs.body as AllocationStub[] | null) ?? []) {
      const full = await call(`${nomadAddr}/v1/allocation/${stub.ID}`);
      last = full.body;
      const allocation = full.body as Record<string, unknown>;
      if (isDone(allocation)) return allocation;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `${jobId}: no allocation matched; last ${JSON.stringify(last)}`,
  );
}

/** Host port of the allocation's port `label`. */
export function portOf(allocation: Record<string, unknown>, label: string) {
  const resources = allocation['AllocatedResources'] as {
    Shared: { Ports: { Label: string; Value: number; HostIP: string }[] };
  };
  const port = resources.Shared.Ports.find((p) => p.Label === label);
  if (!port) throw new Error(`no port ${label}`);
  return port;
}

/** Steps 1–6: init, unseal, policy, token role, the server token. */
export async function setUpVault(vaultAddr: string, files: GuideFiles) {
  const v = (path: string) => `${vaultAddr}/v1/${path}`;
  const init = await call(v('sys/init'), {
    method: 'PUT',
    body: { secret_shares: 1, secret_threshold: 1 },
  });
  const { keys, root_token: rootToken } = init.body as {
    keys: string[];
    root_token: string;
  };
  await call(v('sys/unseal'), { method: 'PUT', body: { key: keys[0] } });
  const root = { token: rootToken, method: 'PUT' };
  await call(v('sys/policies/acl/nomad-server'), {
    ...root,
    body: { policy: files.serverPolicy },
  });
  await call(v('auth/token/roles/nomad-cluster'), {
    ...root,
    body: files.tokenRole,
  });
  const created = await call(v('auth/token/create'), {
    ...root,
    body: { policies: ['nomad-server'], period: '72h', no_parent: true },
  });
  const serverToken = (created.body as { auth: { client_token: string } }).auth
    .client_token;
  return { rootToken, serverToken };
}

/** Step 7 as the lab takes it: the agent's `vault` block as JSON. */
export function vaultBlock(
  vaultAddr: string,
  serverToken: string,
  role = 'nomad-cluster',
) {
  return {
    enabled: true,
    address: vaultAddr,
    task_token_ttl: '1h',
    create_from_role: role,
    token: serverToken,
  };
}

/** Steps 9–11 and 13: engine, connection, role, tables policy. */
export async function setUpDatabaseSecrets(
  vaultAddr: string,
  rootToken: string,
  files: GuideFiles,
) {
  const put = (path: string, body: unknown) =>
    call(`${vaultAddr}/v1/${path}`, { method: 'PUT', token: rootToken, body });
  const answers = [
    await put('sys/mounts/database', { type: 'database' }),
    await put('database/config/postgresql', files.connection),
    await put('database/roles/accessdb', {
      db_name: 'postgresql',
      creation_statements: files.accessdbSql,
      default_ttl: '1h',
      max_ttl: '24h',
    }),
    await put('sys/policies/acl/access-tables', {
      policy: files.tablesPolicy,
    }),
  ];
  const failed = answers.find((answer) => answer.status >= 300);
  if (failed) throw new Error(`database setup: ${failed.text}`);
}

export type GuideFiles = ReturnType<typeof guideFiles>;
