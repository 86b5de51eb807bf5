// Finding the demo app through Nomad: its running allocation, then the host
// address of the port labelled `http` (nomad-api.md §3.5, §3.8).
import { isIP } from 'node:net';
import { z } from 'zod';

const allocationStub = z.object({
  ID: z.string().regex(/^[0-9a-f-]{36}$/),
  ClientStatus: z.string(),
  DesiredStatus: z.string().optional(),
  ModifyIndex: z.number().optional(),
});

export const allocationListSchema = z.array(allocationStub);

const portSchema = z.object({
  Label: z.string(),
  Value: z.number().int(),
  HostIP: z.string().optional(),
});

const networkSchema = z.object({
  IP: z.string().optional(),
  DynamicPorts: z.array(portSchema).nullish(),
  ReservedPorts: z.array(portSchema).nullish(),
});

const networks = z.array(networkSchema).nullish();

export const allocationSchema = z.object({
  ID: z.string(),
  AllocatedResources: z
    .object({
      Shared: z
        .object({ Ports: z.array(portSchema).nullish(), Networks: networks })
        .nullish(),
      Tasks: z
        .record(z.string(), z.object({ Networks: networks }).nullable())
        .nullish(),
    })
    .nullish(),
});

export type AllocationStub = z.infer<typeof allocationStub>;
export type Allocation = z.infer<typeof allocationSchema>;

export interface WebAddress {
  ip: string;
  port: number;
}

/** ID of the newest running allocation that Nomad still wants running. */
export function pickRunningAllocation(
  stubs: readonly AllocationStub[],
): string | null {
  const running = stubs.filter(
    (s) => s.ClientStatus === 'running' && (s.DesiredStatus ?? 'run') === 'run',
  );
  running.sort((a, b) => (b.ModifyIndex ?? 0) - (a.ModifyIndex ?? 0));
  return running[0]?.ID ?? null;
}

/** Where the port labelled `label` listens: group ports first (≥0.12). */
export function findPortAddress(
  allocation: Allocation,
  label: string,
): WebAddress | null {
  const resources = allocation.AllocatedResources;
  const shared = resources?.Shared;
  const candidates: WebAddress[] = [];
  for (const port of shared?.Ports ?? []) {
    if (port.Label === label) candidates.push(address(port.HostIP, port.Value));
  }
  const taskNetworks = Object.values(resources?.Tasks ?? {}).flatMap(
    (task) => task?.Networks ?? [],
  );
  for (const network of [...(shared?.Networks ?? []), ...taskNetworks]) {
    const ports = [
      ...(network.DynamicPorts ?? []),
      ...(network.ReservedPorts ?? []),
    ];
    const port = ports.find((p) => p.Label === label);
    if (port) candidates.push(address(network.IP, port.Value));
  }
  return candidates.find(isUsable) ?? null;
}

function address(ip: string | undefined, port: number): WebAddress {
  return { ip: ip ?? '', port };
}

function isUsable({ ip, port }: WebAddress): boolean {
  return isIP(ip) !== 0 && port > 0 && port < 65536;
}

/** `http://ip:port/names`, bracketing IPv6 literals. */
export function namesUrl({ ip, port }: WebAddress): string {
  const host = isIP(ip) === 6 ? `[${ip}]` : ip;
  return `http://${host}:${port}/names`;
}
