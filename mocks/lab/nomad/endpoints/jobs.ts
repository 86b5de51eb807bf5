// /v1/jobs: list and register; /v1/jobs/parse: HCL to JSON.
import { versionAtLeast } from '../agent-view.ts';
import { HttpError, block, queryJson, readBody, writeJson } from '../http.ts';
import { bool, isObject, num, str, type JsonObject } from '../json.ts';
import { canonicalizeJob } from '../jobspec/canonicalize.ts';
import { parseJobspec } from '../jobspec/index.ts';
import { registerJob } from '../registry.ts';
import { GET, WRITE, type Endpoint, type Route } from '../router.ts';
import { jobStub } from '../views.ts';

export function registerRequest(
  ctx: Endpoint,
  body: JsonObject,
  pathId?: string,
) {
  const job = body['Job'];
  if (!isObject(job)) throw new HttpError(400, 'Job must be specified');
  const id = str(job, 'ID');
  if (!id) throw new HttpError(400, "Job ID hasn't been provided");
  if (pathId !== undefined && pathId !== id) {
    throw new HttpError(400, 'Job ID does not match name');
  }
  const result = registerJob(ctx.cluster, ctx.scheduler, job, {
    enforceIndex: bool(body, 'EnforceIndex') ?? false,
    jobModifyIndex: num(body, 'JobModifyIndex') ?? 0,
  });
  return writeJson(ctx, result, num(result, 'Index') ?? 0);
}

async function parse(ctx: Endpoint): Promise<Response> {
  const body = await readBody(ctx.request);
  const source = str(body, 'JobHCL') ?? '';
  if (source.trim() === '') throw new HttpError(400, 'Job spec is empty');
  const parsed = parseJobspec(source, 'input.hcl');
  if (!parsed.ok) {
    const prefixed = versionAtLeast(ctx.cluster.profile.nomadVersion, 1, 6);
    throw new HttpError(
      400,
      prefixed ? `Failed to parse job: ${parsed.error}` : parsed.error,
    );
  }
  const job = bool(body, 'Canonicalize')
    ? canonicalizeJob(parsed.job)
    : parsed.job;
  return ctx.request.method === 'GET' ? queryJson(ctx, job) : json200(job);
}

// /v1/jobs/parse sets no index headers.
const json200 = (body: unknown) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });

export const jobsRoutes: Route[] = [
  { methods: WRITE, path: '/v1/jobs/parse', handle: parse },
  {
    methods: GET,
    path: '/v1/jobs',
    async handle(ctx) {
      await block(ctx);
      const prefix = ctx.url.searchParams.get('prefix') ?? '';
      const jobs = Object.values(ctx.cluster.state.jobs)
        .map((record) => record.job)
        .filter((job) => (str(job, 'ID') ?? '').startsWith(prefix))
        .sort((a, b) => (str(a, 'ID') ?? '').localeCompare(str(b, 'ID') ?? ''));
      return queryJson(
        ctx,
        jobs.map((job) => jobStub(ctx.cluster, job)),
      );
    },
  },
  {
    methods: WRITE,
    path: '/v1/jobs',
    async handle(ctx) {
      return registerRequest(ctx, await readBody(ctx.request));
    },
  },
];
