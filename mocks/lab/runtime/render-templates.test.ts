import { describe, expect, it } from 'vitest';
import type { Handler } from '../ports.ts';
import { renderTemplates, TaskFailure } from './render-templates.ts';
import type { TaskSpec } from './task-types.ts';

// Vault's HTTP answers for one path: a 403 until `grant()` is called.
function vaultAnswering(path: string) {
  let isGranted = false;
  const reads: string[] = [];
  const handler: Handler = async (request) => {
    const url = new URL(request.url);
    reads.push(`${url.pathname} ${request.headers.get('x-vault-token')}`);
    if (!isGranted || url.pathname !== `/v1/${path}`) {
      const errors = ['1 error occurred:\n\t* permission denied\n\n'];
      return Response.json({ errors }, { status: 403 });
    }
    const data = { username: 'v-token-accessdb-abc', password: 'A1&<>"\\' };
    return Response.json({ lease_id: `${path}/x`, data });
  };
  return { handler, reads, grant: () => (isGranted = true) };
}

const spec = (data: string): TaskSpec => ({
  allocId: 'a1',
  jobId: 'nomad-vault-demo',
  group: 'demo',
  task: 'server',
  driver: 'docker',
  config: {},
  env: { NOMAD_TASK_NAME: 'server' },
  ports: [],
  address: '127.0.0.1',
  templates: [{ data, destination: 'secrets/config.json' }],
  vaultToken: 'hvs.task',
});

const typo = '{{ with secret "database/creds/access-db" }}{{ end }}';

describe('renderTemplates', () => {
  it('reports the unreadable secret once and keeps waiting', async () => {
    const vault = vaultAnswering('database/creds/accessdb');
    const events: string[] = [];
    const controller = new AbortController();

    const render = renderTemplates({
      spec: spec(typo),
      vault: vault.handler,
      services: () => [],
      events: { event: (type, message) => events.push(`${type}: ${message}`) },
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 900));
    controller.abort(new Error('stopped'));

    await expect(render).rejects.toThrow('stopped');
    expect(events).toEqual([
      'Template: Missing: vault.read(database/creds/access-db)',
    ]);
    expect(vault.reads.length).toBeGreaterThan(2);
    expect(vault.reads[0]).toBe('/v1/database/creds/access-db hvs.task');
  });

  it('renders once Vault answers, escaping the password with toJSON', async () => {
    const vault = vaultAnswering('database/creds/accessdb');
    const source =
      '{{ with secret "database/creds/accessdb" }}' +
      '{"user": "{{ .Data.username }}", "password": ' +
      '{{ .Data.password | toJSON }}, "task": "{{ env "NOMAD_TASK_NAME" }}"}' +
      '{{ end }}';
    setTimeout(vault.grant, 100);

    const outputs = await renderTemplates({
      spec: spec(source),
      vault: vault.handler,
      services: () => [],
      events: { event: () => undefined },
      signal: new AbortController().signal,
    });

    expect(outputs.get('secrets/config.json')).toBe(
      '{"user": "v-token-accessdb-abc", ' +
        '"password": "A1\\u0026\\u003c\\u003e\\"\\\\", "task": "server"}',
    );
  });

  it('fails the task on a template Go cannot parse', async () => {
    const vault = vaultAnswering('database/creds/accessdb');

    const render = renderTemplates({
      spec: spec('{\n{{ /* note */ }}\n}'),
      vault: vault.handler,
      services: () => [],
      events: { event: () => undefined },
      signal: new AbortController().signal,
    });

    await expect(render).rejects.toBeInstanceOf(TaskFailure);
    await expect(render).rejects.toThrow(
      'Template failed: (dynamic): parse: ' +
        'template: :2: unexpected "/" in command',
    );
  });
});
