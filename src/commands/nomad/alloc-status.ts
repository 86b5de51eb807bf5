// `nomad alloc status ALLOC`: one allocation by ID prefix (contract §6.3).
import { z } from 'zod';

import { readAllocation } from '../../api/nomad/allocations.ts';
import { allocationStubSchema } from '../../api/nomad/schemas.ts';
import {
  formatAllocationList,
  formatAllocStatus,
  formatNoAllocation,
} from '../../cli/index.ts';
import {
  CliFailure,
  EXIT_USAGE,
  writeLines,
  type CommandNode,
} from '../command.ts';
import { expectNomadArgs, nomadCall, nomadRequest } from './client.ts';

const allocStatus: CommandNode = {
  name: 'status',
  summary: 'Show an allocation: its tasks, addresses and events',
  usage: 'Usage: nomad alloc status [options] <allocation>',
  flags: [
    { name: 'verbose', kind: 'bool' },
    { name: 'json', kind: 'bool' },
    { name: 'short', kind: 'bool' },
    { name: 'stats', kind: 'bool' },
  ],
  args: ['allocation'],
  run: async (invocation) => {
    const { args, flags, io, shell } = invocation;
    expectNomadArgs(args, 1, '<allocation>', 'alloc status');
    const prefix = args[0] ?? '';
    if (prefix.length < 2) {
      throw new CliFailure(
        'Identifier must contain at least two characters.',
        EXIT_USAGE,
      );
    }
    const evenPrefix = prefix.slice(0, prefix.length - (prefix.length % 2));
    const stubs = await nomadCall('Error querying allocation: ', () =>
      nomadRequest(
        'GET',
        `/v1/allocations?prefix=${encodeURIComponent(evenPrefix)}`,
        z.array(allocationStubSchema),
      ),
    );
    const matches = stubs.filter((stub) => stub.ID.startsWith(prefix));
    const [only] = matches;
    if (!only) throw new CliFailure(formatNoAllocation(prefix), EXIT_USAGE);
    if (matches.length > 1) {
      const list = formatAllocationList(matches, Date.now());
      throw new CliFailure(
        `Prefix matched multiple allocations\n\n${list}`,
        EXIT_USAGE,
      );
    }
    const allocation = await nomadCall('Error querying allocation: ', () =>
      readAllocation(only.ID),
    );
    shell.knowledge.allocations.add(only.ID.slice(0, 8));
    const text = flags.bool('json')
      ? JSON.stringify(allocation, null, 4)
      : formatAllocStatus(allocation, { now: Date.now() });
    writeLines(io.write, text);
    return 0;
  },
};

export const nomadAlloc: CommandNode = {
  name: 'alloc',
  summary: 'Inspect allocations',
  usage: 'Usage: nomad alloc <subcommand> [options] [args]',
  children: [allocStatus],
};
