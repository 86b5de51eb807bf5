// `nomad job run FILE` (alias `nomad run`): the jobspec is parsed by
// Nomad's /v1/jobs/parse, registered, then monitored (contract §6.1).
import { isApiError } from '../../api/errors.ts';
import { parseJob, type ParsedJob } from '../../api/nomad/jobs.ts';
import { registerResponseSchema } from '../../api/nomad/schemas.ts';
import {
  formatJobRun,
  formatJobRunDetached,
  jobRunExitCode,
} from '../../cli/index.ts';
import { nomadOutput } from '../../guide/transcript.ts';
import {
  CliFailure,
  EXIT_USAGE,
  writeLines,
  type CommandNode,
  type Invocation,
} from '../command.ts';
import { readFile } from '../shell-state.ts';
import {
  expectNomadArgs,
  nomadCall,
  nomadRequest,
  toNomadFailure,
} from './client.ts';
import { awaitDeployment, awaitEvaluation } from './monitor.ts';

export const jobRun: CommandNode = {
  name: 'run',
  summary: 'Submit a jobspec and watch it being placed',
  usage: 'Usage: nomad job run [options] <path>',
  flags: [
    { name: 'detach', kind: 'bool' },
    { name: 'output', kind: 'bool' },
    { name: 'check-index', kind: 'int' },
    { name: 'verbose', kind: 'bool' },
  ],
  args: ['file'],
  run: async (invocation) => {
    const { args, flags, io } = invocation;
    expectNomadArgs(args, 1, '<path>', 'job run');
    const fileName = args[0] ?? '';
    const job = await parseJobFile(invocation, fileName);
    if (flags.bool('output')) {
      writeLines(io.write, JSON.stringify({ Job: job }, null, 4));
      return 0;
    }
    const register = await registerJob(invocation, job);
    invocation.shell.knowledge.jobs.add(job.ID);
    if (flags.bool('detach')) {
      writeLines(io.write, formatJobRunDetached(register.EvalID));
      return 0;
    }
    return monitor(invocation, job.ID, register.EvalID, register.Warnings);
  },
};

/** Reads the file and asks Nomad to parse it; parse errors as the CLI's. */
export async function parseJobFile(
  invocation: Invocation,
  fileName: string,
): Promise<ParsedJob> {
  const jobHcl = fileName === '-' ? invocation.stdin : undefined;
  const source = jobHcl ?? readFile(invocation.shell, fileName);
  if (source === undefined) {
    throw new CliFailure(
      `Error getting job struct: Error getting jobfile from "${fileName}": ` +
        `stat ${fileName}: no such file or directory`,
      EXIT_USAGE,
    );
  }
  try {
    return await parseJob(source);
  } catch (error) {
    if (!isApiError(error) || error.kind !== 'upstream') {
      throw toNomadFailure(error, 'Error getting job struct: ');
    }
    throw new CliFailure(nomadOutput.jobRunError(fileName, error), EXIT_USAGE);
  }
}

async function registerJob(invocation: Invocation, job: ParsedJob) {
  const { flags } = invocation;
  const hasCheckIndex = flags.has('check-index');
  const body = {
    Job: job,
    ...(hasCheckIndex
      ? { EnforceIndex: true, JobModifyIndex: flags.int('check-index') }
      : {}),
  };
  try {
    return await nomadRequest('PUT', '/v1/jobs', registerResponseSchema, body);
  } catch (error) {
    if (hasCheckIndex && isApiError(error) && error.says('Enforcing job')) {
      const reason = error.errors.join('\n').trim();
      throw new CliFailure(`${reason}\nJob not updated`, EXIT_USAGE);
    }
    throw toNomadFailure(error, 'Error submitting job: ');
  }
}

/** The eval monitor first, the deployment's last frame when it settles. */
export async function monitor(
  invocation: Invocation,
  jobId: string,
  evaluationId: string,
  warnings?: string,
): Promise<number> {
  const { io } = invocation;
  const now = Date.now();
  const outcome = await nomadCall('Error reading evaluation: ', () =>
    awaitEvaluation(evaluationId, io.signal),
  );
  const input = {
    warnings,
    evaluation: outcome.evaluation,
    allocations: outcome.allocations,
    now,
    evaluationDoneAt: outcome.doneAt,
  };
  const evaluationText = formatJobRun(input);
  writeLines(io.write, evaluationText);
  outcome.allocations.forEach((allocation) =>
    invocation.shell.knowledge.allocations.add(allocation.ID.slice(0, 8)),
  );
  const deploymentId = outcome.evaluation.DeploymentID;
  if (!deploymentId) return jobRunExitCode(input);
  const { deployment, checkedAt } = await nomadCall(
    'Error reading deployment: ',
    () => awaitDeployment(jobId, deploymentId, io.signal),
  );
  const full = { ...input, deployment, deploymentCheckedAt: checkedAt };
  const fullText = formatJobRun(full);
  writeLines(io.write, fullText.slice(evaluationText.length + 1));
  return jobRunExitCode(full);
}
