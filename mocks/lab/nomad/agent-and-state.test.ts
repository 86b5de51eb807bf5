import { describe, expect, it } from 'vitest';
import { databaseJobspec, plainWebJobspec } from './test-jobspecs.ts';
import { at, testNomad } from './test-kit.ts';

describe('agent, node and status endpoints', () => {
  it('describes a 1.9.7 dev agent with no Vault block applied', async () => {
    const nomad = testNomad();
    const self = await nomad.call('GET', '/v1/agent/self');
    expect(at(self.json, 'config', 'Version', 'Version')).toBe('1.9.7');
    expect(at(self.json, 'member', 'Tags', 'build')).toBe('1.9.7');
    expect(at(self.json, 'config', 'Vault')).toBeUndefined();
    expect(at(self.json, 'config', 'Vaults', 0)).toMatchObject({
      Name: 'default',
      Enabled: null,
      Addr: 'https://vault.service.consul:8200',
      Token: '',
      AllowUnauthenticated: true,
    });
    const leader = await nomad.call('GET', '/v1/status/leader');
    expect(leader.text).toBe('"127.0.0.1:4647"');
    const nodes = await nomad.call('GET', '/v1/nodes');
    expect(at(nodes.json, 0, 'Status')).toBe('ready');
    expect(at(nodes.json, 0, 'Drivers', 'docker', 'HealthDescription')).toBe(
      'Healthy',
    );
    const node = await nomad.call(
      'GET',
      `/v1/node/${String(at(nodes.json, 0, 'ID'))}`,
    );
    expect(at(node.json, 'HTTPAddr')).toBe('127.0.0.1:4646');
    const wrong = await nomad.call('PUT', '/v1/agent/self');
    expect([wrong.status, wrong.text]).toEqual([405, 'Invalid method']);
  });

  it('sets query headers and answers a blocking query once the index moves', async () => {
    const nomad = testNomad();
    const first = await nomad.call('GET', '/v1/jobs');
    const index = Number(first.headers.get('X-Nomad-Index'));
    expect(first.headers.get('X-Nomad-LastContact')).toBe('0');
    const waiting = nomad.call('GET', `/v1/jobs?index=${index}&wait=5s`);
    await nomad.run(databaseJobspec);
    const answer = await waiting;
    expect(Number(answer.headers.get('X-Nomad-Index'))).toBeGreaterThan(index);
    expect(at(answer.json, 0, 'ID')).toBe('postgres-nomad-demo');
    const bad = await nomad.call('GET', '/v1/jobs?index=1&wait=soon');
    expect([bad.status, bad.text]).toEqual([400, 'Invalid wait time']);
  });

  it('finds jobs and allocations by prefix', async () => {
    const nomad = testNomad();
    await nomad.run(databaseJobspec);
    await nomad.nomad.settled();
    const found = await nomad.call('POST', '/v1/search', {
      Prefix: 'postgres',
      Context: 'all',
    });
    expect(at(found.json, 'Matches', 'jobs')).toEqual(['postgres-nomad-demo']);
    expect(at(found.json, 'Truncations', 'jobs')).toBe(false);
  });

  it('keeps a task pending while the runtime reports it blocked', async () => {
    const nomad = testNomad();
    nomad.log.blockWith = 'Missing: vault.read(database/creds/access-db)';
    await nomad.run(plainWebJobspec);
    await nomad.nomad.settled();
    const list = await nomad.call(
      'GET',
      '/v1/job/nomad-vault-demo/allocations',
    );
    expect(at(list.json, 0, 'ClientStatus')).toBe('pending');
    const events = at(list.json, 0, 'TaskStates', 'server', 'Events') as {
      Type: string;
      DisplayMessage: string;
    }[];
    expect(events.at(-1)).toMatchObject({
      Type: 'Template',
      DisplayMessage: 'Missing: vault.read(database/creds/access-db)',
    });
    await nomad.nomad.dispose();
  });

  it('cannot place a second job on a static port already taken', async () => {
    const nomad = testNomad();
    await nomad.run(databaseJobspec);
    await nomad.nomad.settled();
    const copy = databaseJobspec.replace(
      'job "postgres-nomad-demo"',
      'job "copy"',
    );
    const answer = await nomad.run(copy);
    await nomad.nomad.settled();
    const evaluation = await nomad.call(
      'GET',
      `/v1/evaluation/${String(at(answer.json, 'EvalID'))}`,
    );
    expect(
      at(evaluation.json, 'FailedTGAllocs', 'db', 'DimensionExhausted'),
    ).toEqual({
      'network: reserved port collision db=5432': 1,
    });
    const blocked = await nomad.call(
      'GET',
      `/v1/evaluation/${String(at(evaluation.json, 'BlockedEval'))}`,
    );
    expect(at(blocked.json, 'Status')).toBe('blocked');
    const summary = await nomad.call('GET', '/v1/job/copy/summary');
    expect(at(summary.json, 'Summary', 'db', 'Queued')).toBe(1);
    const job = await nomad.call('GET', '/v1/job/copy');
    expect(at(job.json, 'Status')).toBe('pending');
  });

  it('comes back from a snapshot and starts running tasks again', async () => {
    const first = testNomad();
    await first.run(databaseJobspec);
    await first.nomad.settled();
    const snapshot = JSON.parse(
      JSON.stringify(first.nomad.snapshot()),
    ) as unknown;
    const second = testNomad({ state: snapshot });
    await second.nomad.settled();
    expect(second.log.started.map((s) => [s.jobId, s.ports])).toEqual([
      ['postgres-nomad-demo', [{ label: 'db', value: 5432, to: 5432 }]],
    ]);
    const job = await second.call('GET', '/v1/job/postgres-nomad-demo');
    expect(at(job.json, 'Status')).toBe('running');
    expect(second.nomad.services().map((s) => s.name)).toEqual(['database']);
  });
});
