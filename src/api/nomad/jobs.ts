// Job endpoints: parse, register, read, stop and the per-job lists.
// https://developer.hashicorp.com/nomad/api-docs/jobs
import { z } from 'zod';

import { request } from '../http.ts';
import {
  allocationStubSchema,
  deploymentSchema,
  evaluationSchema,
  jobSchema,
  jobSummarySchema,
  registerResponseSchema,
  type AllocationStub,
  type Deployment,
  type Evaluation,
  type Job,
  type JobSummary,
  type RegisterResponse,
} from './schemas.ts';

/** A parsed jobspec as Nomad returns it (api.Job, mostly nulls). */
export type ParsedJob = Record<string, unknown> & { ID: string };

const parsedJobSchema = z.looseObject({ ID: z.string() });

function jobPath(jobId: string, rest = ''): string {
  return `/v1/job/${encodeURIComponent(jobId)}${rest}`;
}

/** PUT jobs/parse: HCL2 jobspec to JSON; 400 carries the diagnostic. */
export function parseJob(jobHcl: string): Promise<ParsedJob> {
  return request({
    backend: 'nomad',
    method: 'PUT',
    path: '/v1/jobs/parse',
    body: { JobHCL: jobHcl, Canonicalize: false },
    schema: parsedJobSchema,
  });
}

/** PUT jobs: registers (or updates) the job and creates an evaluation. */
export function registerJob(job: ParsedJob): Promise<RegisterResponse> {
  return request({
    backend: 'nomad',
    method: 'PUT',
    path: '/v1/jobs',
    body: { Job: job },
    schema: registerResponseSchema,
  });
}

/** GET job/:id; 404 `job not found` when unknown. */
export function readJob(jobId: string): Promise<Job> {
  return getJson(jobPath(jobId), jobSchema);
}

export function readJobSummary(jobId: string): Promise<JobSummary> {
  return getJson(jobPath(jobId, '/summary'), jobSummarySchema);
}

/** Allocations of the job; `[]` for an unknown job. */
export function listJobAllocations(jobId: string): Promise<AllocationStub[]> {
  return getJson(jobPath(jobId, '/allocations'), z.array(allocationStubSchema));
}

export function listJobEvaluations(jobId: string): Promise<Evaluation[]> {
  return getJson(jobPath(jobId, '/evaluations'), z.array(evaluationSchema));
}

export function listJobDeployments(jobId: string): Promise<Deployment[]> {
  return getJson(jobPath(jobId, '/deployments'), z.array(deploymentSchema));
}

/** DELETE job/:id (with `purge`, removes it from state). */
export function stopJob(
  jobId: string,
  options: { purge?: boolean } = {},
): Promise<{ EvalID: string }> {
  return request({
    backend: 'nomad',
    method: 'DELETE',
    path: jobPath(jobId, options.purge ? '?purge=true' : ''),
    schema: z.looseObject({ EvalID: z.string() }),
  });
}

export function getJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  return request({ backend: 'nomad', method: 'GET', path, schema });
}
