// The `nomad` program: job lifecycle, allocations, nodes, agent info,
// with the top-level shorthands `nomad run|status|stop|plan`.
import type { CommandNode } from '../command.ts';
import { dispatch, type InvocationBase } from '../dispatch.ts';
import { listingText } from '../usage.ts';
import { agentInfo, nomadNode } from './agent.ts';
import { nomadAlloc } from './alloc-status.ts';
import { nomadGlobalFlags } from './client.ts';
import { jobAllocs } from './job-allocs.ts';
import { jobPlan } from './job-plan.ts';
import { jobRun } from './job-run.ts';
import { jobStatus } from './job-status.ts';
import { jobStop } from './job-stop.ts';

const nomadJob: CommandNode = {
  name: 'job',
  summary: 'Run, inspect, plan and stop jobs',
  usage: 'Usage: nomad job <subcommand> [options] [args]',
  children: [jobAllocs, jobPlan, jobRun, jobStatus, jobStop],
};

export const nomadProgram: CommandNode = {
  name: 'nomad',
  summary: 'Talk to Nomad as the nomad CLI does',
  usage: 'Usage: nomad [-version] [-help] <command> [args]',
  children: [
    agentInfo,
    nomadAlloc,
    nomadJob,
    nomadNode,
    { ...jobPlan, summary: 'Shorthand for "nomad job plan"' },
    { ...jobRun, summary: 'Shorthand for "nomad job run"' },
    { ...jobStatus, summary: 'Shorthand for "nomad job status"' },
    { ...jobStop, summary: 'Shorthand for "nomad job stop"' },
  ],
};

export function runNomad(
  argv: readonly string[],
  base: InvocationBase,
): Promise<number> {
  return dispatch(nomadProgram, argv, base, {
    globalFlags: nomadGlobalFlags,
    groupUsage: (group, path) =>
      listingText(
        group.usage ?? `Usage: ${path.join(' ')} <subcommand>`,
        group.children ?? [],
      ),
  });
}
