import { describe, expect, it } from 'vitest';
import { databaseJobspec, plainWebJobspec } from './test-jobspecs.ts';
import { at, testNomad, type TestNomad } from './test-kit.ts';

async function runDatabase(): Promise<{ nomad: TestNomad; allocId: string }> {
  const nomad = testNomad();
  await nomad.run(databaseJobspec);
  await nomad.nomad.settled();
  const allocs = await nomad.call(
    'GET',
    '/v1/job/postgres-nomad-demo/allocations',
  );
  return { nomad, allocId: String(at(allocs.json, 0, 'ID')) };
}

describe('registering a job', () => {
  it('answers with an evaluation and the task-network warning', async () => {
    const nomad = testNomad();
    const { status, json, headers } = await nomad.run(databaseJobspec);
    expect(status).toBe(200);
    expect(at(json, 'EvalID')).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers.get('X-Nomad-Index')).toBe(String(at(json, 'Index')));
    expect(at(json, 'Warnings')).toBe(
      '1 warning:\n\n* Group "db" has warnings: 1 error occurred:\n' +
        '\t* Task "server" has warnings: 1 error occurred:\n' +
        '\t* task network resources have been deprecated as of Nomad ' +
        '0.12.0. Please configure networking via group network block.',
    );
  });

  it('runs the allocation with its static port on the node address', async () => {
    const { nomad, allocId } = await runDatabase();
    const alloc = await nomad.call('GET', `/v1/allocation/${allocId}`);
    expect(at(alloc.json, 'ClientStatus')).toBe('running');
    expect(at(alloc.json, 'AllocatedResources', 'Shared', 'Ports')).toEqual([
      {
        Label: 'db',
        Value: 5432,
        To: 5432,
        HostIP: '127.0.0.1',
        IgnoreCollision: false,
      },
    ]);
    const task = at(alloc.json, 'TaskStates', 'server');
    expect(at(task, 'State')).toBe('running');
    const events = at(task, 'Events') as {
      Type: string;
      DisplayMessage: string;
    }[];
    expect(events.map((e) => [e.Type, e.DisplayMessage])).toEqual([
      ['Received', 'Task received by client'],
      ['Task Setup', 'Building Task Directory'],
      ['Driver', 'Downloading image'],
      ['Started', 'Task started by client'],
    ]);
    const [spec] = nomad.log.started;
    expect(spec?.ports).toEqual([{ label: 'db', value: 5432, to: 5432 }]);
    expect(spec?.env['NOMAD_PORT_db']).toBe('5432');
    expect(spec?.config['image']).toBe('hashicorp/postgres-nomad-demo:latest');
  });

  it('reports job status, summary, evaluation and deployment', async () => {
    const { nomad, allocId } = await runDatabase();
    const job = await nomad.call('GET', '/v1/job/postgres-nomad-demo');
    expect(at(job.json, 'Status')).toBe('running');
    expect(at(job.json, 'Version')).toBe(0);
    expect(at(job.json, 'TaskGroups', 0, 'Constraints')).toEqual([
      {
        LTarget: '${attr.consul.version}',
        RTarget: '>= 1.8.0',
        Operand: 'semver',
      },
    ]);
    expect(job.headers.get('X-Nomad-KnownLeader')).toBe('true');
    const summary = await nomad.call(
      'GET',
      '/v1/job/postgres-nomad-demo/summary',
    );
    expect(at(summary.json, 'Summary')).toEqual({
      db: {
        Queued: 0,
        Complete: 0,
        Failed: 0,
        Running: 1,
        Starting: 0,
        Lost: 0,
        Unknown: 0,
      },
    });
    const list = await nomad.call(
      'GET',
      '/v1/job/postgres-nomad-demo/allocations',
    );
    expect(at(list.json, 0, 'Name')).toBe('postgres-nomad-demo.db[0]');
    expect(at(list.json, 0, 'AllocatedResources')).toBeNull();
    const evals = await nomad.call(
      'GET',
      '/v1/job/postgres-nomad-demo/evaluations',
    );
    expect(at(evals.json, 0, 'Status')).toBe('complete');
    expect(at(evals.json, 0, 'TriggeredBy')).toBe('job-register');
    const deployment = await nomad.call(
      'GET',
      '/v1/job/postgres-nomad-demo/deployment',
    );
    expect(at(deployment.json, 'Status')).toBe('successful');
    expect(at(deployment.json, 'StatusDescription')).toBe(
      'Deployment completed successfully',
    );
    const evalId = String(at(evals.json, 0, 'ID'));
    const placed = await nomad.call(
      'GET',
      `/v1/evaluation/${evalId}/allocations`,
    );
    expect(at(placed.json, 0, 'ID')).toBe(allocId);
  });

  it('keeps the version of an unchanged job but evaluates it again', async () => {
    const { nomad } = await runDatabase();
    const again = await nomad.run(databaseJobspec);
    expect(at(again.json, 'JobModifyIndex')).not.toBe(at(again.json, 'Index'));
    const job = await nomad.call('GET', '/v1/job/postgres-nomad-demo');
    expect(at(job.json, 'Version')).toBe(0);
    expect(at(job.json, 'JobModifyIndex')).toBe(
      at(again.json, 'JobModifyIndex'),
    );
    const changed = await nomad.run(databaseJobspec.replace('2s"\n', '3s"\n'));
    expect(at(changed.json, 'JobModifyIndex')).toBe(at(changed.json, 'Index'));
    const newer = await nomad.call('GET', '/v1/job/postgres-nomad-demo');
    expect(at(newer.json, 'Version')).toBe(1);
  });

  it('refuses invalid jobs with Nomad error texts', async () => {
    const nomad = testNomad();
    const noJob = await nomad.call('PUT', '/v1/jobs', { EnforceIndex: false });
    expect([noJob.status, noJob.text]).toEqual([400, 'Job must be specified']);
    const noId = await nomad.call('PUT', '/v1/jobs', { Job: { Name: 'x' } });
    expect([noId.status, noId.text]).toEqual([
      400,
      "Job ID hasn't been provided",
    ]);
    const empty = await nomad.call('PUT', '/v1/jobs', {
      Job: { ID: 'x', TaskGroups: [{ Name: 'g' }] },
    });
    expect(empty.status).toBe(500);
    expect(empty.text).toBe(
      '1 error occurred:\n\t* Task group g validation failed: 1 error ' +
        'occurred:\n\t* Missing tasks for task group\n\n\n\n',
    );
    const missing = await nomad.call('GET', '/v1/job/nope');
    expect([missing.status, missing.text]).toEqual([404, 'job not found']);
    const none = await nomad.call('GET', '/v1/job/nope/allocations');
    expect([none.status, none.json]).toEqual([200, []]);
  });

  it('fails the task with the runtime error as a task event', async () => {
    const nomad = testNomad();
    nomad.log.failWith = 'Failed to pull `nginx`: not one of the lab images';
    await nomad.run(
      databaseJobspec.replace('hashicorp/postgres-nomad-demo', 'nginx'),
    );
    await nomad.nomad.settled();
    const list = await nomad.call(
      'GET',
      '/v1/job/postgres-nomad-demo/allocations',
    );
    expect(at(list.json, 0, 'ClientStatus')).toBe('failed');
    const events = at(list.json, 0, 'TaskStates', 'server', 'Events') as {
      Type: string;
      DisplayMessage: string;
    }[];
    expect(events.at(-1)).toMatchObject({
      Type: 'Driver Failure',
      DisplayMessage: 'Failed to pull `nginx`: not one of the lab images',
    });
    const deployment = await nomad.call(
      'GET',
      '/v1/job/postgres-nomad-demo/deployment',
    );
    expect(at(deployment.json, 'Status')).toBe('failed');
  });
});

describe('stopping a job', () => {
  it('stops the task, deregisters services and completes the allocation', async () => {
    const { nomad, allocId } = await runDatabase();
    expect(nomad.nomad.services().map((s) => [s.name, s.port])).toEqual([
      ['database', 5432],
    ]);
    const stop = await nomad.call('DELETE', '/v1/job/postgres-nomad-demo');
    expect(stop.status).toBe(200);
    await nomad.nomad.settled();
    expect(nomad.log.stopped).toEqual([`${allocId}/server`]);
    expect(nomad.nomad.services()).toEqual([]);
    const alloc = await nomad.call('GET', `/v1/allocation/${allocId}`);
    expect(at(alloc.json, 'ClientStatus')).toBe('complete');
    expect(at(alloc.json, 'DesiredStatus')).toBe('stop');
    const job = await nomad.call('GET', '/v1/job/postgres-nomad-demo');
    expect([at(job.json, 'Status'), at(job.json, 'Stop')]).toEqual([
      'dead',
      true,
    ]);
    const evalId = String(at(stop.json, 'EvalID'));
    const evaluation = await nomad.call('GET', `/v1/evaluation/${evalId}`);
    expect(at(evaluation.json, 'TriggeredBy')).toBe('job-deregister');
  });

  it('purges the job, and answers 200 with no eval for unknown jobs', async () => {
    const { nomad } = await runDatabase();
    await nomad.call('DELETE', '/v1/job/postgres-nomad-demo?purge=true');
    await nomad.nomad.settled();
    const gone = await nomad.call('GET', '/v1/job/postgres-nomad-demo');
    expect([gone.status, gone.text]).toEqual([404, 'job not found']);
    const unknown = await nomad.call('DELETE', '/v1/job/nope');
    expect([unknown.status, at(unknown.json, 'EvalID')]).toEqual([200, '']);
    const bad = await nomad.call('DELETE', '/v1/job/nope?purge=maybe');
    expect([bad.status, bad.text]).toEqual([
      500,
      'Failed to parse value of "purge" (maybe) as a bool: ' +
        'strconv.ParseBool: parsing "maybe": invalid syntax',
    ]);
  });

  it('lists native services and leaves Consul ones out of /v1/services', async () => {
    const { nomad } = await runDatabase();
    await nomad.run(plainWebJobspec);
    await nomad.nomad.settled();
    const services = await nomad.call('GET', '/v1/services');
    expect(services.json).toEqual([
      {
        Namespace: 'default',
        Services: [{ ServiceName: 'nomad-vault-demo', Tags: ['urlprefix-/'] }],
      },
    ]);
    const web = await nomad.call('GET', '/v1/service/nomad-vault-demo');
    const port = nomad.log.started[1]?.ports[0]?.value;
    expect(at(web.json, 0, 'Address')).toBe('127.0.0.1');
    expect(at(web.json, 0, 'Port')).toBe(port);
    expect(at(web.json, 0, 'ID')).toMatch(
      /^_nomad-task-[0-9a-f-]{36}-server-nomad-vault-demo-http$/,
    );
    expect(
      nomad.nomad
        .services()
        .map((s) => s.name)
        .sort(),
    ).toEqual(['database', 'nomad-vault-demo']);
  });
});
