// /v1/job/:id and its sub-resources.
import { HttpError, block, queryJson, readBody } from '../http.ts';
import { isObject, num, str } from '../json.ts';
import { latestDeployment } from '../deployments.ts';
import { planJob } from '../plan.ts';
import { deregisterJob } from '../registry.ts';
import { GET, WRITE, type Endpoint, type Route } from '../router.ts';
import { serviceJson } from '../services.ts';
import { allocStub, jobSummary, jobView } from '../views.ts';
import { registerRequest } from './jobs.ts';

function currentJob(ctx: Endpoint) {
  const job = ctx.cluster.state.jobs[ctx.params['id'] ?? '']?.job;
  if (!job) throw new HttpError(404, 'job not found');
  return job;
}

/** Go's strconv.ParseBool. */
export function goBool(name: string, raw: string | null): boolean {
  if (raw === null || raw === '') return false;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(raw)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(raw)) return false;
  throw new HttpError(
    500,
    `Failed to parse value of "${name}" (${raw}) as a bool: ` +
      `strconv.ParseBool: parsing "${raw}": invalid syntax`,
  );
}

const read = (path: string, answer: (ctx: Endpoint) => unknown): Route => ({
  methods: GET,
  path,
  async handle(ctx) {
    await block(ctx);
    return queryJson(ctx, answer(ctx));
  },
});

const allocsOf = (ctx: Endpoint) => {
  const id = ctx.params['id'];
  const all = ctx.url.searchParams.get('all') === 'true';
  const current = ctx.cluster.state.jobs[id ?? '']?.job;
  return ctx.cluster.state.allocs.filter(
    (a) =>
      a.JobID === id &&
      (all ||
        current === undefined ||
        a.CreateIndex >= (num(current, 'CreateIndex') ?? 0)),
  );
};

export const jobRoutes: Route[] = [
  read('/v1/job/:id/summary', (ctx) =>
    jobSummary(ctx.cluster, currentJob(ctx)),
  ),
  read('/v1/job/:id/allocations', (ctx) =>
    allocsOf(ctx).map((a) => allocStub(ctx.cluster, a)),
  ),
  read('/v1/job/:id/evaluations', (ctx) =>
    ctx.cluster.state.evals.filter((e) => e['JobID'] === ctx.params['id']),
  ),
  read('/v1/job/:id/deployments', (ctx) =>
    ctx.cluster.state.deployments
      .filter((d) => d['JobID'] === ctx.params['id'])
      .reverse(),
  ),
  read(
    '/v1/job/:id/deployment',
    (ctx) => latestDeployment(ctx.cluster, ctx.params['id'] ?? '') ?? null,
  ),
  read('/v1/job/:id/versions', (ctx) => {
    const record = ctx.cluster.state.jobs[ctx.params['id'] ?? ''];
    if (!record) throw new HttpError(404, 'job versions not found');
    return { Versions: [...record.versions].reverse(), Diffs: null };
  }),
  read('/v1/job/:id/services', (ctx) => {
    currentJob(ctx);
    return ctx.cluster.state.services
      .filter((s) => s.JobID === ctx.params['id'] && s.provider === 'nomad')
      .map((s) => serviceJson(ctx.cluster, s));
  }),
  {
    methods: WRITE,
    path: '/v1/job/:id/plan',
    async handle(ctx) {
      const body = await readBody(ctx.request);
      const job = body['Job'];
      if (!isObject(job)) throw new HttpError(400, 'Job must be specified');
      const id = str(job, 'ID');
      if (!id) throw new HttpError(400, 'Job must have a valid ID');
      if (id !== ctx.params['id'])
        throw new HttpError(400, 'Job ID does not match');
      const plan = planJob(ctx.cluster, job);
      return queryJson(ctx, plan, num(plan, 'Index'));
    },
  },
  read('/v1/job/:id', (ctx) => jobView(ctx.cluster, currentJob(ctx))),
  {
    methods: WRITE,
    path: '/v1/job/:id',
    async handle(ctx) {
      return registerRequest(
        ctx,
        await readBody(ctx.request),
        ctx.params['id'],
      );
    },
  },
  {
    methods: ['DELETE'],
    path: '/v1/job/:id',
    handle(ctx) {
      const purge = goBool('purge', ctx.url.searchParams.get('purge'));
      const result = deregisterJob(
        ctx.cluster,
        ctx.scheduler,
        ctx.params['id'] ?? '',
        purge,
      );
      return queryJson(ctx, result, num(result, 'Index'));
    },
  },
  read('/v1/job/:id*', () => {
    throw new HttpError(404, 'job not found');
  }),
];
