import { describe, expect, it } from 'vitest';

import { formatAllocStatus } from './alloc-status.ts';
import type { NomadAllocation } from './types.ts';

const now = Date.parse('2026-08-21T10:02:01Z');

const allocation: NomadAllocation = {
  ID: '701e2699-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  EvalID: '8e1e0c6a-5b4d-4e3f-a2b1-c0d9e8f7a6b5',
  Name: 'postgres-nomad-demo.db[0]',
  NodeID: '5de1330c-8f7e-3a2b-9c1d-7e6f5a4b3c21',
  NodeName: 'dev-laptop',
  JobID: 'postgres-nomad-demo',
  Job: { Version: 0 },
  TaskGroup: 'db',
  ClientStatus: 'running',
  ClientDescription: 'Tasks are running',
  DesiredStatus: 'run',
  DesiredDescription: '',
  CreateTime: 1787306401000000000,
  ModifyTime: 1787306413000000000,
  DeploymentID: '0a4c5de2-1b2c-4d3e-9f8a-7b6c5d4e3f2a',
  DeploymentStatus: { Healthy: true, Canary: false },
  Resources: { DiskMB: 300 },
  TaskResources: {
    server: {
      CPU: 100,
      MemoryMB: 300,
      Networks: [
        {
          IP: '127.0.0.1',
          ReservedPorts: [{ Label: 'db', Value: 5432 }],
          DynamicPorts: null,
        },
      ],
    },
  },
  AllocatedResources: { Shared: { DiskMB: 300, Networks: null, Ports: [] } },
  TaskStates: {
    server: {
      State: 'running',
      Failed: false,
      Restarts: 0,
      StartedAt: '2026-08-21T10:00:09.412Z',
      FinishedAt: '0001-01-01T00:00:00Z',
      LastRestart: '0001-01-01T00:00:00Z',
      Events: [
        {
          Type: 'Received',
          Time: 1787306401000000000,
          DisplayMessage: 'Task received by client',
        },
        {
          Type: 'Task Setup',
          Time: 1787306401100000000,
          Message: 'Building Task Directory',
          DisplayMessage: 'Building Task Directory',
        },
        {
          Type: 'Driver',
          Time: 1787306402000000000,
          DriverMessage: 'Downloading image',
          DisplayMessage: 'Downloading image',
        },
        { Type: 'Started', Time: 1787306409000000000, DisplayMessage: '' },
      ],
    },
  },
};

describe('formatAllocStatus', () => {
  it('prints a legacy task network address under Task Resources', () => {
    expect(formatAllocStatus(allocation, { now })).toBe(
      [
        'ID                  = 701e2699-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
        'Eval ID             = 8e1e0c6a',
        'Name                = postgres-nomad-demo.db[0]',
        'Node ID             = 5de1330c',
        'Node Name           = dev-laptop',
        'Job ID              = postgres-nomad-demo',
        'Job Version         = 0',
        'Client Status       = running',
        'Client Description  = Tasks are running',
        'Desired Status      = run',
        'Desired Description = <none>',
        'Created             = 2m ago',
        'Modified            = 1m48s ago',
        'Deployment ID       = 0a4c5de2',
        'Deployment Health   = healthy',
        '',
        'Task "server" is "running"',
        'Task Resources:',
        'CPU      Memory   Disk     Addresses',
        '100 MHz  300 MiB  300 MiB  db: 127.0.0.1:5432',
        '',
        'Task Events:',
        'Started At     = 2026-08-21T10:00:09Z',
        'Finished At    = N/A',
        'Total Restarts = 0',
        'Last Restart   = N/A',
        '',
        'Recent Events:',
        'Time                  Type        Description',
        '2026-08-21T10:00:09Z  Started     Task started by client',
        '2026-08-21T10:00:02Z  Driver      Downloading image',
        '2026-08-21T10:00:01Z  Task Setup  Building Task Directory',
        '2026-08-21T10:00:01Z  Received    Task received by client',
      ].join('\n'),
    );
  });

  it('lists group network ports under Allocation Addresses', () => {
    const grouped: NomadAllocation = {
      ...allocation,
      TaskResources: { server: { CPU: 100, MemoryMB: 300, Networks: null } },
      AllocatedResources: {
        Shared: {
          DiskMB: 300,
          Networks: [
            {
              Mode: 'host',
              IP: '127.0.0.1',
              DynamicPorts: [{ Label: 'http', Value: 24817, To: 8080 }],
            },
          ],
          Ports: [
            { Label: 'http', Value: 24817, To: 8080, HostIP: '127.0.0.1' },
          ],
        },
      },
    };

    const lines = formatAllocStatus(grouped, { now }).split('\n');

    expect(lines.slice(15, 23)).toEqual([
      '',
      'Allocation Addresses (mode = "host"):',
      'Label  Dynamic  Address',
      '*http  yes      127.0.0.1:24817 -> 8080',
      '',
      'Task "server" is "running"',
      'Task Resources:',
      'CPU      Memory   Disk     Addresses',
    ]);
    expect(lines[23]).toBe('100 MHz  300 MiB  300 MiB  ');
  });

  it('shows live usage next to the reservation when stats are known', () => {
    const usage = { server: { cpuTicks: 0, memoryBytes: 22_020_096 } };

    const lines = formatAllocStatus(allocation, { now, usage }).split('\n');

    expect(lines.slice(18, 20)).toEqual([
      'CPU        Memory          Disk     Addresses',
      '0/100 MHz  21 MiB/300 MiB  300 MiB  db: 127.0.0.1:5432',
    ]);
  });

  it('reports stats it could not read before the tasks', () => {
    const text = formatAllocStatus(allocation, {
      now,
      statsError: 'Unexpected response code: 404 (Unknown allocation)',
    });

    expect(text).toContain(
      'Deployment Health   = healthy\n\n' +
        "Couldn't retrieve stats: Unexpected response code: 404 " +
        '(Unknown allocation)\n\nTask "server" is "running"',
    );
  });
});
