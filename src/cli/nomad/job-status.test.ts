import { describe, expect, it } from 'vitest';

import { formatJobStatus, type JobStatusInput } from './job-status.ts';

const now = Date.parse('2026-08-21T10:02:00Z');

const status: JobStatusInput = {
  job: {
    ID: 'postgres-nomad-demo',
    Name: 'postgres-nomad-demo',
    Type: 'service',
    Priority: 50,
    Datacenters: ['dc1'],
    Namespace: 'default',
    NodePool: 'default',
    Status: 'running',
    Stop: false,
    SubmitTime: 1787306400000000000,
    Periodic: null,
    ParameterizedJob: null,
  },
  summary: {
    Summary: {
      db: {
        Queued: 0,
        Complete: 0,
        Failed: 0,
        Running: 1,
        Starting: 0,
        Lost: 0,
        Unknown: 0,
      },
    },
  },
  latestDeployment: {
    ID: '0a4c5de2-1b2c-4d3e-9f8a-7b6c5d4e3f2a',
    JobID: 'postgres-nomad-demo',
    JobVersion: 0,
    Status: 'successful',
    StatusDescription: 'Deployment completed successfully',
    TaskGroups: {
      db: {
        DesiredTotal: 1,
        PlacedAllocs: 1,
        HealthyAllocs: 1,
        UnhealthyAllocs: 0,
        ProgressDeadline: 600000000000,
        RequireProgressBy: '2026-08-21T10:10:12Z',
      },
    },
  },
  allocations: [
    {
      ID: '701e2699-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
      NodeID: '5de1330c-8f7e-3a2b-9c1d-7e6f5a4b3c21',
      TaskGroup: 'db',
      JobVersion: 0,
      DesiredStatus: 'run',
      ClientStatus: 'running',
      CreateTime: 1787306404000000000,
      ModifyTime: 1787306427000000000,
    },
  ],
  now,
};

describe('formatJobStatus', () => {
  it('prints the header, summary, latest deployment and allocations', () => {
    expect(formatJobStatus(status)).toBe(
      [
        'ID            = postgres-nomad-demo',
        'Name          = postgres-nomad-demo',
        'Submit Date   = 2026-08-21T10:00:00Z',
        'Type          = service',
        'Priority      = 50',
        'Datacenters   = dc1',
        'Namespace     = default',
        'Node Pool     = default',
        'Status        = running',
        'Periodic      = false',
        'Parameterized = false',
        '',
        'Summary',
        'Task Group  Queued  Starting  Running  Failed  Complete  Lost  ' +
          'Unknown',
        'db          0       0         1        0       0         0     0',
        '',
        'Latest Deployment',
        'ID          = 0a4c5de2',
        'Status      = successful',
        'Description = Deployment completed successfully',
        '',
        'Deployed',
        'Task Group  Desired  Placed  Healthy  Unhealthy  Progress Deadline',
        'db          1        1       1        0          2026-08-21T10:10:12Z',
        '',
        'Allocations',
        'ID        Node ID   Task Group  Version  Desired  Status   ' +
          'Created    Modified',
        '701e2699  5de1330c  db          0        run      running  ' +
          '1m56s ago  1m33s ago',
      ].join('\n'),
    );
  });

  it('marks a stopped job and says when nothing was placed', () => {
    const stopped = {
      ...status,
      job: { ...status.job, Status: 'dead', Stop: true },
      latestDeployment: null,
      allocations: [],
    };

    const lines = formatJobStatus(stopped).split('\n');

    expect(lines[8]).toBe('Status        = dead (stopped)');
    expect(lines.slice(-2)).toEqual(['Allocations', 'No allocations placed']);
  });

  it('explains a placement failure while an evaluation is blocked', () => {
    const blocked = {
      ...status,
      evaluations: [
        { ID: 'b41e9c07', Status: 'blocked', CreateIndex: 15 },
        {
          ID: '8e1e0c6a',
          Status: 'complete',
          CreateIndex: 14,
          FailedTGAllocs: {
            db: {
              NodesEvaluated: 1,
              ConstraintFiltered: {
                '${attr.consul.version} semver >= 1.8.0': 1,
              },
            },
          },
        },
      ],
    };

    const text = formatJobStatus(blocked);

    expect(text).toContain(
      '\n\nPlacement Failure\nTask Group "db":\n' +
        '  * Constraint "${attr.consul.version} semver >= 1.8.0": ' +
        '1 nodes excluded by filter\n\nLatest Deployment\n',
    );
  });
});
