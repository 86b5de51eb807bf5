import { describe, expect, it } from 'vitest';
import { databaseJobspec, plainWebJobspec } from './test-jobspecs.ts';
import { at, testNomad } from './test-kit.ts';

async function parsed(hcl: string, nomad = testNomad()) {
  const answer = await nomad.call('PUT', '/v1/jobs/parse', { JobHCL: hcl });
  return answer.json;
}

describe('job plan', () => {
  it('plans a new job as Added with one placement and index 0', async () => {
    const nomad = testNomad();
    const job = await parsed(databaseJobspec, nomad);
    const plan = await nomad.call('PUT', '/v1/job/postgres-nomad-demo/plan', {
      Job: job,
      Diff: true,
    });
    expect(at(plan.json, 'JobModifyIndex')).toBe(0);
    expect(at(plan.json, 'Diff', 'Type')).toBe('Added');
    expect(
      at(plan.json, 'Annotations', 'DesiredTGUpdates', 'db', 'Place'),
    ).toBe(1);
    expect(at(plan.json, 'FailedTGAllocs')).toBeNull();
    expect(
      await nomad.call('GET', '/v1/job/postgres-nomad-demo'),
    ).toMatchObject({
      status: 404,
    });
    const wrong = await nomad.call('PUT', '/v1/job/other/plan', { Job: job });
    expect([wrong.status, wrong.text]).toEqual([400, 'Job ID does not match']);
  });

  it('plans an unchanged running job as None', async () => {
    const nomad = testNomad();
    await nomad.run(databaseJobspec);
    await nomad.nomad.settled();
    const plan = await nomad.call('PUT', '/v1/job/postgres-nomad-demo/plan', {
      Job: await parsed(databaseJobspec, nomad),
    });
    expect(at(plan.json, 'Diff', 'Type')).toBe('None');
    expect(
      at(plan.json, 'Annotations', 'DesiredTGUpdates', 'db', 'Ignore'),
    ).toBe(1);
    expect(at(plan.json, 'JobModifyIndex')).toBeGreaterThan(0);
  });
});

describe('driver checks on the client', () => {
  it('fails port_map with a group network port (C8)', async () => {
    const nomad = testNomad();
    const hcl = plainWebJobspec.replace(
      'ports   = ["http"]',
      'port_map {\n          http = 8080\n        }',
    );
    await nomad.run(hcl);
    await nomad.nomad.settled();
    const list = await nomad.call(
      'GET',
      '/v1/job/nomad-vault-demo/allocations',
    );
    expect(at(list.json, 0, 'ClientStatus')).toBe('failed');
    const events = at(list.json, 0, 'TaskStates', 'server', 'Events') as {
      Type: string;
      DisplayMessage: string;
    }[];
    expect(events.at(-1)).toMatchObject({
      Type: 'Driver Failure',
      DisplayMessage:
        "'port_map' cannot map group network ports, use 'ports' instead",
    });
    expect(nomad.log.started).toEqual([]);
  });

  it('cannot place a task whose driver the node lacks', async () => {
    const nomad = testNomad();
    const answer = await nomad.run(
      databaseJobspec.replace('"docker"', '"podman"'),
    );
    await nomad.nomad.settled();
    const evalId = String(at(answer.json, 'EvalID'));
    const evaluation = await nomad.call('GET', `/v1/evaluation/${evalId}`);
    expect(
      at(evaluation.json, 'FailedTGAllocs', 'db', 'ConstraintFiltered'),
    ).toEqual({
      'missing drivers': 1,
    });
  });
});
