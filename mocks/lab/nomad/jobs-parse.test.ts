import { describe, expect, it } from 'vitest';
import { databaseJobspec, webJobspec } from './test-jobspecs.ts';
import { at, testNomad } from './test-kit.ts';

const parse = (body: unknown) =>
  testNomad().call('PUT', '/v1/jobs/parse', body);

describe('PUT /v1/jobs/parse', () => {
  it('returns the guide database job as a bare, non-canonical api.Job', async () => {
    const { status, json, headers } = await parse({ JobHCL: databaseJobspec });
    expect(status).toBe(200);
    expect(headers.get('X-Nomad-Index')).toBeNull();
    expect(at(json, 'ID')).toBe('postgres-nomad-demo');
    expect(at(json, 'Name')).toBe('postgres-nomad-demo');
    expect(at(json, 'Type')).toBeNull();
    expect(at(json, 'Datacenters')).toEqual(['dc1']);
    const task = at(json, 'TaskGroups', 0, 'Tasks', 0);
    expect(at(json, 'TaskGroups', 0, 'Count')).toBeNull();
    expect(at(task, 'Config')).toEqual({
      image: 'hashicorp/postgres-nomad-demo:latest',
      port_map: [{ db: 5432 }],
    });
    expect(at(task, 'Resources', 'CPU')).toBeNull();
    expect(at(task, 'Resources', 'Networks', 0, 'ReservedPorts')).toEqual([
      {
        Label: 'db',
        Value: 5432,
        To: 0,
        HostNetwork: '',
        IgnoreCollision: false,
      },
    ]);
    expect(at(task, 'Resources', 'Networks', 0, 'DynamicPorts')).toBeNull();
    expect(at(task, 'Services', 0, 'Name')).toBe('database');
    expect(at(task, 'Services', 0, 'PortLabel')).toBe('db');
    expect(at(task, 'Services', 0, 'Provider')).toBe('');
    expect(at(task, 'Services', 0, 'Checks', 0, 'Interval')).toBe(
      2_000_000_000,
    );
    expect(at(task, 'Services', 0, 'Checks', 0, 'Name')).toBe('');
  });

  it('reads the web job: group ports, vault and template defaults', async () => {
    const { json } = await parse({ JobHCL: webJobspec });
    const group = at(json, 'TaskGroups', 0);
    expect(at(group, 'Networks', 0, 'DynamicPorts')).toEqual([
      {
        Label: 'http',
        Value: 0,
        To: 8080,
        HostNetwork: '',
        IgnoreCollision: false,
      },
    ]);
    const task = at(group, 'Tasks', 0);
    expect(at(task, 'Vault', 'Policies')).toEqual(['access-tables']);
    expect(at(task, 'Vault', 'Env')).toBe(true);
    expect(at(task, 'Vault', 'ChangeMode')).toBe('restart');
    const template = at(task, 'Templates', 0);
    expect(at(template, 'DestPath')).toBe('secrets/config.json');
    expect(at(template, 'ChangeMode')).toBe('restart');
    expect(at(template, 'Perms')).toBe('0644');
    expect(at(template, 'Splay')).toBe(5_000_000_000);
    expect(at(template, 'EmbeddedTmpl')).toMatch(
      /^\{\{ with secret "database\/creds\/accessdb" \}\}\n[\s\S]*\{\{ end \}\}\n$/,
    );
    expect(at(task, 'Services', 0, 'Provider')).toBe('nomad');
  });

  it('fills defaults when asked to canonicalize (field names in any case)', async () => {
    const { json } = await parse({
      jobhcl: databaseJobspec,
      canonicalize: true,
    });
    expect(at(json, 'Type')).toBe('service');
    expect(at(json, 'Priority')).toBe(50);
    expect(at(json, 'Region')).toBe('global');
    const task = at(json, 'TaskGroups', 0, 'Tasks', 0);
    expect(at(json, 'TaskGroups', 0, 'Count')).toBe(1);
    expect(at(task, 'Resources', 'CPU')).toBe(100);
    expect(at(task, 'Resources', 'MemoryMB')).toBe(300);
    expect(at(task, 'Services', 0, 'Provider')).toBe('consul');
    expect(at(task, 'Services', 0, 'Checks', 0, 'Name')).toBe(
      'service: "database" check',
    );
  });

  it('answers syntax errors with the HCL diagnostic', async () => {
    const broken = databaseJobspec.replace(/\n\}\n$/, '\n');
    const { status, text, headers } = await parse({ JobHCL: broken });
    expect(status).toBe(400);
    expect(headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(text).toBe(
      'Failed to parse job: input.hcl:1,27-28: Unclosed configuration ' +
        'block; There is no closing brace for this block before the end of ' +
        'the file. This may be caused by incorrect brace nesting elsewhere ' +
        'in this file.',
    );
  });

  it('names unknown arguments and blocks one per line', async () => {
    const hcl = databaseJobspec
      .replace('driver = "docker"', 'drivr = "docker"')
      .replace('service {', 'servise {');
    const { status, text } = await parse({ JobHCL: hcl });
    expect(status).toBe(400);
    expect(text).toBe(
      'Failed to parse job: input.hcl:6,7-12: Unsupported argument; An ' +
        'argument named "drivr" is not expected here. Did you mean "driver"?' +
        '\ninput.hcl:23,7-14: Unsupported block type; Blocks of type ' +
        '"servise" are not expected here. Did you mean "service"?',
    );
  });

  it('refuses empty specs, empty bodies and other methods', async () => {
    const nomad = testNomad();
    const empty = await nomad.call('PUT', '/v1/jobs/parse', { JobHCL: '' });
    expect([empty.status, empty.text]).toEqual([400, 'Job spec is empty']);
    const none = await nomad.call('POST', '/v1/jobs/parse', '');
    expect([none.status, none.text]).toEqual([400, 'Request body is empty']);
    const get = await nomad.call('GET', '/v1/jobs/parse');
    expect([get.status, get.text]).toEqual([405, 'Invalid method']);
  });
});
