// Reading the demo app's address out of Nomad's allocation JSON, for the
// group networks of today and the task networks of Nomad 0.11.
import { describe, expect, it } from 'vitest';

import {
  findPortAddress,
  namesUrl,
  pickRunningAllocation,
  type Allocation,
} from './web-address.ts';

const id = (n: number) => `${n}f7c2a91-6d44-4b8e-9a0c-5e1b2d3c4f50`;

describe('pickRunningAllocation', () => {
  it('picks the newest allocation that runs and should', () => {
    const stubs = [
      {
        ID: id(1),
        ClientStatus: 'running',
        DesiredStatus: 'run',
        ModifyIndex: 10,
      },
      {
        ID: id(2),
        ClientStatus: 'running',
        DesiredStatus: 'stop',
        ModifyIndex: 30,
      },
      {
        ID: id(3),
        ClientStatus: 'running',
        DesiredStatus: 'run',
        ModifyIndex: 20,
      },
      {
        ID: id(4),
        ClientStatus: 'pending',
        DesiredStatus: 'run',
        ModifyIndex: 40,
      },
    ];

    expect(pickRunningAllocation(stubs)).toBe(id(3));
  });

  it('finds none among finished allocations', () => {
    expect(
      pickRunningAllocation([{ ID: id(1), ClientStatus: 'complete' }]),
    ).toBeNull();
  });
});

describe('findPortAddress', () => {
  it('reads the group port list first', () => {
    const allocation: Allocation = {
      ID: id(1),
      AllocatedResources: {
        Shared: {
          Ports: [{ Label: 'http', Value: 24817, HostIP: '127.0.0.1' }],
          Networks: [
            { IP: '10.0.0.9', DynamicPorts: [{ Label: 'http', Value: 1 }] },
          ],
        },
      },
    };

    expect(findPortAddress(allocation, 'http')).toEqual({
      ip: '127.0.0.1',
      port: 24817,
    });
  });

  it('falls back to the group network, then to a 0.11 task network', () => {
    const groupNetwork: Allocation = {
      ID: id(1),
      AllocatedResources: {
        Shared: {
          Ports: null,
          Networks: [
            {
              IP: '127.0.0.1',
              ReservedPorts: [{ Label: 'http', Value: 8080 }],
            },
          ],
        },
      },
    };
    const taskNetwork: Allocation = {
      ID: id(1),
      AllocatedResources: {
        Tasks: {
          server: {
            Networks: [
              {
                IP: '192.0.2.15',
                DynamicPorts: [{ Label: 'http', Value: 23456 }],
              },
            ],
          },
        },
      },
    };

    expect(findPortAddress(groupNetwork, 'http')).toEqual({
      ip: '127.0.0.1',
      port: 8080,
    });
    expect(findPortAddress(taskNetwork, 'http')).toEqual({
      ip: '192.0.2.15',
      port: 23456,
    });
  });

  it('refuses a host name where Nomad gives IP addresses', () => {
    const allocation: Allocation = {
      ID: id(1),
      AllocatedResources: {
        Shared: {
          Ports: [{ Label: 'http', Value: 80, HostIP: 'evil.invalid' }],
        },
      },
    };

    expect(findPortAddress(allocation, 'http')).toBeNull();
  });
});

describe('namesUrl', () => {
  it('brackets IPv6 addresses', () => {
    expect(namesUrl({ ip: '::1', port: 24817 })).toBe(
      'http://[::1]:24817/names',
    );
    expect(namesUrl({ ip: '127.0.0.1', port: 24817 })).toBe(
      'http://127.0.0.1:24817/names',
    );
  });
});
