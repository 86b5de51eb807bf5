// `nomad node status` and `nomad agent-info` (contract §6.4, §4).
import { z } from 'zod';

import { readAgentSelf } from '../../api/nomad/agent.ts';
import { formatList } from '../../cli/nomad/columns.ts';
import { shortId } from '../../cli/index.ts';
import { writeLines, type CommandNode } from '../command.ts';
import { nomadCall, nomadRequest } from './client.ts';

const nodeStubSchema = z.looseObject({
  ID: z.string(),
  Name: z.string(),
  Datacenter: z.string(),
  NodePool: z.string().optional(),
  NodeClass: z.string().optional(),
  Drain: z.boolean(),
  SchedulingEligibility: z.string(),
  Status: z.string(),
});

const nodeStatus: CommandNode = {
  name: 'status',
  summary: 'List the client nodes',
  usage: 'Usage: nomad node status [options] [node]',
  flags: [{ name: 'verbose', kind: 'bool' }],
  args: ['none'],
  run: async (invocation) => {
    const nodes = await nomadCall('Error querying node status: ', () =>
      nomadRequest('GET', '/v1/nodes', z.array(nodeStubSchema)),
    );
    const header = [
      'ID',
      'Node Pool',
      'DC',
      'Name',
      'Class',
      'Drain',
      'Eligibility',
      'Status',
    ];
    const rows = nodes.map((node) => [
      shortId(node.ID),
      node.NodePool ?? 'default',
      node.Datacenter,
      node.Name,
      node.NodeClass ?? '',
      String(node.Drain),
      node.SchedulingEligibility,
      node.Status,
    ]);
    const text =
      nodes.length === 0
        ? 'No nodes registered'
        : formatList([header, ...rows]);
    writeLines(invocation.io.write, text);
    return 0;
  },
};

export const nomadNode: CommandNode = {
  name: 'node',
  summary: 'Inspect client nodes',
  usage: 'Usage: nomad node <subcommand> [options] [args]',
  children: [nodeStatus],
};

export const agentInfo: CommandNode = {
  name: 'agent-info',
  summary: "Show the local agent's stats, section by section",
  usage: 'Usage: nomad agent-info [options]',
  args: ['none'],
  run: async (invocation) => {
    const self = await nomadCall('Error querying agent info: ', () =>
      readAgentSelf(),
    );
    const sections = Object.entries(self.stats ?? {}).sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
    const lines = sections.flatMap(([name, stats]) => [
      name,
      ...Object.entries(asRecord(stats))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, value]) => `  ${key} = ${String(value)}`),
    ]);
    writeLines(invocation.io.write, lines.join('\n'));
    return 0;
  },
};

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : {};
}
