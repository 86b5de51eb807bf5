import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepFiles } from '../../src/guide/files/index.ts';
import { createPgliteHost } from './database/pglite-host.ts';
import { createLab } from './lab.ts';
import { routeApi } from './route-api.ts';
import { DEMO_NAMES } from './runtime/demo-data.ts';
import { createMemoryNetwork } from './runtime/network.ts';
import { renderTemplate } from './runtime/template/index.ts';
import { GoStruct } from './runtime/template/index.ts';
import type { Handler } from './ports.ts';
import type { Lab } from './types.ts';

type Json = Record<string, any>;

function client(api: Handler) {
  return async (method: string, path: string, body?: unknown, token = '') => {
    const headers = new Headers({ 'content-type': 'application/json' });
    if (token) headers.set('X-Vault-Token', token);
    const response = await api(
      new Request(`http://127.0.0.1:5173/api${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    return { status: response.status, json };
  };
}

async function eventually<T>(probe: () => Promise<T | undefined>) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition never held');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let lab: Lab;
let call: ReturnType<typeof client>;
let rootToken = '';

async function runJob(hcl: string) {
  const parsed = await call('POST', '/nomad/v1/jobs/parse', {
    JobHCL: hcl,
    Canonicalize: true,
  });
  expect(parsed.status).toBe(200);
  const registered = await call('PUT', '/nomad/v1/jobs', { Job: parsed.json });
  expect(registered.status).toBe(200);
  return parsed.json as Json;
}

async function newestAllocation(jobId: string): Promise<Json | undefined> {
  const list = await call('GET', `/nomad/v1/job/${jobId}/allocations`);
  const [latest] = [...(list.json as Json[])].sort(
    (a, b) => b['CreateIndex'] - a['CreateIndex'],
  );
  if (!latest) return undefined;
  return (await call('GET', `/nomad/v1/allocation/${latest['ID']}`)).json;
}

const eventsOf = (allocation: Json) =>
  (allocation['TaskStates']?.['server']?.['Events'] ?? []).map(
    (event: Json) => event['DisplayMessage'] || event['Message'],
  );

const names = () => call('GET', '/web/names?format=json');

const vault = (method: string, path: string, body?: unknown) =>
  call(method, `/vault/v1/${path}`, body, rootToken);

beforeAll(async () => {
  lab = createLab({
    database: createPgliteHost(),
    network: createMemoryNetwork(),
  });
  call = client(routeApi(lab));
});

afterAll(() => lab.dispose());

// PGlite takes from a few seconds to much longer on a busy machine.
describe(
  'the lab, walked through the guide over /api',
  { timeout: 120_000 },
  () => {
    it('sets up Vault and hands Nomad its server token', async () => {
      const init = await call('PUT', '/vault/v1/sys/init', {
        secret_shares: 1,
        secret_threshold: 1,
      });
      rootToken = init.json.root_token;
      const unseal = await call('PUT', '/vault/v1/sys/unseal', {
        key: init.json.keys[0],
      });
      const policy = await vault('PUT', 'sys/policies/acl/nomad-server', {
        policy: stepFiles.nomadServerPolicy.content,
      });
      const role = await vault(
        'POST',
        'auth/token/roles/nomad-cluster',
        JSON.parse(stepFiles.nomadClusterRole.content),
      );
      const created = await vault('POST', 'auth/token/create', {
        policies: ['nomad-server'],
        period: '72h',
        no_parent: true,
      });

      const applied = await call('PUT', '/lab/nomad/vault', {
        enabled: true,
        address: 'http://127.0.0.1:8200',
        task_token_ttl: '1h',
        create_from_role: 'nomad-cluster',
        token: created.json.auth.client_token,
      });

      expect(unseal.json.sealed).toBe(false);
      expect([policy.status, role.status]).toEqual([204, 204]);
      expect(created.json.auth.policies).toEqual(['default', 'nomad-server']);
      expect(applied).toEqual({ status: 200, json: { ok: true } });
    });

    it('answers 503 for /names before the web app runs', async () => {
      const response = await names();

      expect(response.status).toBe(503);
      expect(response.json.errors[0]).toContain(
        'nomad-vault-demo is not running',
      );
    });

    it('runs the database job and issues dynamic credentials', async () => {
      await runJob(stepFiles.dbJob.content);
      await eventually(async () => {
        const allocation = await newestAllocation('postgres-nomad-demo');
        return allocation?.['ClientStatus'] === 'running' ? true : undefined;
      });
      await vault('POST', 'sys/mounts/database', { type: 'database' });
      const connection = JSON.parse(stepFiles.connection.content);
      const config = await vault(
        'POST',
        'database/config/postgresql',
        connection,
      );
      await vault('POST', 'database/roles/accessdb', {
        db_name: 'postgresql',
        creation_statements: stepFiles.accessdbSql.content,
        default_ttl: '1h',
        max_ttl: '24h',
      });

      const creds = await vault('GET', 'database/creds/accessdb');

      expect(config.status).toBe(204);
      expect(creds.status).toBe(200);
      expect(creds.json.data.username).toMatch(/^v-root-accessdb-/);
    });

    it('keeps the web app pending when its template reads the wrong path (C6)', async () => {
      const policy = { policy: stepFiles.accessTablesPolicy.content };
      await vault('PUT', 'sys/policies/acl/access-tables', policy);
      const typo = stepFiles.webAppJob.content.replace(
        'database/creds/accessdb',
        'database/creds/access-db',
      );

      await runJob(typo);
      const allocation = await eventually(async () => {
        const found = await newestAllocation('nomad-vault-demo');
        const missing = 'Missing: vault.read(database/creds/access-db)';
        return found && eventsOf(found).includes(missing) ? found : undefined;
      });

      expect(allocation['ClientStatus']).toBe('pending');
      expect((await names()).status).toBe(503);
    });

    it('lists the seeded names through the web app (step 15)', async () => {
      await runJob(stepFiles.webAppJob.content);

      const response = await eventually(async () => {
        const answer = await names();
        return answer.status === 200 ? answer : undefined;
      });

      expect(response.json.names).toEqual([...DEMO_NAMES]);
      expect(response.json.database).toBe('postgres');
      // Nomad names task tokens after the allocation: `token-<alloc id>-server`.
      expect(response.json.user).toMatch(/^v-token-[0-9a-f]{2}-accessdb-/);
    });

    it("escapes a hostile password with the guide template's toJSON (C7)", async () => {
      const job = await runJobSpecOnly(stepFiles.webAppJob.content);
      const source = job['TaskGroups'][0]['Tasks'][0]['Templates'][0];
      const password = 'a"b\\c&<>';
      const secret = new GoStruct('*dependency.Secret', {
        Data: { username: 'v-token-accessdb-x', password },
      });

      const rendered = renderTemplate(source['EmbeddedTmpl'], {
        secret: () => secret,
      });

      expect(rendered).toContain(
        '"password": "a\\"b\\\\c\\u0026\\u003c\\u003e"',
      );
      expect(JSON.parse(rendered).password).toBe(password);
    });

    it('comes back from a snapshot still unsealed and serving names', async () => {
      const snapshot = JSON.parse(JSON.stringify(lab.snapshot()));
      const restored = createLab({
        database: createPgliteHost(),
        network: createMemoryNetwork(),
        snapshot,
      });
      const api = client(routeApi(restored));

      const served = await eventually(async () => {
        const answer = await api('GET', '/web/names?format=json');
        return answer.status === 200 ? answer : undefined;
      });
      const sealStatus = await api('GET', '/vault/v1/sys/seal-status');
      const self = await api(
        'GET',
        '/vault/v1/auth/token/lookup-self',
        undefined,
        rootToken,
      );

      expect(served.json.names).toEqual([...DEMO_NAMES]);
      expect(sealStatus.json.sealed).toBe(false);
      expect(self.status).toBe(200);
      await restored.dispose();
    });
  },
);

async function runJobSpecOnly(hcl: string): Promise<Json> {
  const parsed = await call('POST', '/nomad/v1/jobs/parse', { JobHCL: hcl });
  return parsed.json as Json;
}
