import { describe, expect, it } from 'vitest';

import { formatJobRun, jobRunExitCode, type JobRunInput } from './job-run.ts';

const start = Date.parse('2026-08-21T10:00:00Z');

const evaluation = {
  ID: '8e1e0c6a-5b4d-4e3f-a2b1-c0d9e8f7a6b5',
  JobID: 'postgres-nomad-demo',
  NodeID: '',
  DeploymentID: '0a4c5de2-1b2c-4d3e-9f8a-7b6c5d4e3f2a',
  Status: 'complete',
  TriggeredBy: 'job-register',
  BlockedEval: '',
  FailedTGAllocs: null,
  CreateIndex: 14,
};

const allocation = {
  ID: '701e2699-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  NodeID: '5de1330c-8f7e-3a2b-9c1d-7e6f5a4b3c21',
  TaskGroup: 'db',
  DesiredStatus: 'run',
  ClientStatus: 'pending',
  CreateIndex: 15,
  CreateTime: 1787306400900000000,
  ModifyTime: 1787306400900000000,
};

const deployment = {
  ID: '0a4c5de2-1b2c-4d3e-9f8a-7b6c5d4e3f2a',
  JobID: 'postgres-nomad-demo',
  JobVersion: 0,
  Status: 'successful',
  StatusDescription: 'Deployment completed successfully',
  TaskGroups: {
    db: {
      AutoRevert: false,
      DesiredCanaries: 0,
      DesiredTotal: 1,
      PlacedAllocs: 1,
      HealthyAllocs: 1,
      UnhealthyAllocs: 0,
      ProgressDeadline: 600000000000,
      RequireProgressBy: '2026-08-21T10:10:12.345Z',
    },
  },
};

const run: JobRunInput = {
  evaluation,
  allocations: [allocation],
  deployment,
  now: start,
  evaluationDoneAt: start + 1_000,
  deploymentCheckedAt: start + 13_000,
};

describe('formatJobRun', () => {
  it('monitors the evaluation, then the deployment to success', () => {
    expect(formatJobRun(run)).toBe(
      [
        '==> 2026-08-21T10:00:00Z: Monitoring evaluation "8e1e0c6a"',
        '    2026-08-21T10:00:00Z: Evaluation triggered by job ' +
          '"postgres-nomad-demo"',
        '    2026-08-21T10:00:01Z: Evaluation within deployment: "0a4c5de2"',
        '    2026-08-21T10:00:01Z: Allocation "701e2699" created: ' +
          'node "5de1330c", group "db"',
        '    2026-08-21T10:00:01Z: Evaluation status changed: "pending" -> ' +
          '"complete"',
        '==> 2026-08-21T10:00:01Z: Evaluation "8e1e0c6a" finished with ' +
          'status "complete"',
        '==> 2026-08-21T10:00:01Z: Monitoring deployment "0a4c5de2"',
        '  ✓ Deployment "0a4c5de2" successful',
        '',
        '    2026-08-21T10:00:13Z',
        '    ID          = 0a4c5de2',
        '    Job ID      = postgres-nomad-demo',
        '    Job Version = 0',
        '    Status      = successful',
        '    Description = Deployment completed successfully',
        '',
        '    Deployed',
        '    Task Group  Desired  Placed  Healthy  Unhealthy  ' +
          'Progress Deadline',
        '    db          1        1       1        0          ' +
          '2026-08-21T10:10:12Z',
      ].join('\n'),
    );
    expect(jobRunExitCode(run)).toBe(0);
  });

  it('prints the job warnings and a blank line first', () => {
    const warnings = '1 warning:\n\n* Task "server" has no shutdown_delay set';

    const lines = formatJobRun({ ...run, warnings }).split('\n');

    expect(lines.slice(0, 6)).toEqual([
      'Job Warnings:',
      '1 warning:',
      '',
      '* Task "server" has no shutdown_delay set',
      '',
      '==> 2026-08-21T10:00:00Z: Monitoring evaluation "8e1e0c6a"',
    ]);
  });

  it('shows the spinner line while the deployment still runs', () => {
    const running = {
      ...deployment,
      Status: 'running',
      StatusDescription: 'Deployment is running',
    };

    const lines = formatJobRun({ ...run, deployment: running }).split('\n');

    expect(lines[7]).toBe('  ⠦ Deployment "0a4c5de2" in progress...');
  });

  it('lists why allocations could not be placed (exit code 2)', () => {
    const failed: JobRunInput = {
      ...run,
      allocations: [],
      deployment: { ...deployment, Status: 'running', TaskGroups: {} },
      evaluation: {
        ...evaluation,
        BlockedEval: 'b41e9c07-6a5b-4c3d-8e2f-1a0b9c8d7e6f',
        FailedTGAllocs: {
          db: {
            NodesEvaluated: 1,
            NodesFiltered: 1,
            NodesAvailable: { dc1: 1 },
            ConstraintFiltered: { '${attr.consul.version} semver >= 1.8.0': 1 },
            CoalescedFailures: 0,
          },
        },
      },
    };

    const lines = formatJobRun(failed).split('\n');

    expect(lines.slice(4, 8)).toEqual([
      '==> 2026-08-21T10:00:01Z: Evaluation "8e1e0c6a" finished with ' +
        'status "complete" but failed to place all allocations:',
      '    2026-08-21T10:00:01Z: Task Group "db" (failed to place 1 ' +
        'allocation):',
      '      * Constraint "${attr.consul.version} semver >= 1.8.0": ' +
        '1 nodes excluded by filter',
      '    2026-08-21T10:00:01Z: Evaluation "b41e9c07" waiting for ' +
        'additional capacity to place remainder',
    ]);
    expect(jobRunExitCode(failed)).toBe(2);
  });
});
