// Evaluations, allocations, deployments, nodes, services, agent, search.
import { agentSelf } from '../agent-view.ts';
import { allocationView } from '../allocation-view.ts';
import { HttpError, block, queryJson, readBody } from '../http.ts';
import { str } from '../json.ts';
import { nodeStub, nodeView } from '../node-view.ts';
import { GET, type Endpoint, type Route } from '../router.ts';
import { allocStub } from '../views.ts';

const read = (path: string, answer: (ctx: Endpoint) => unknown): Route => ({
  methods: GET,
  path,
  async handle(ctx) {
    await block(ctx);
    return queryJson(ctx, answer(ctx));
  },
});

const prefix = (ctx: Endpoint) => ctx.url.searchParams.get('prefix') ?? '';

function evaluation(ctx: Endpoint) {
  const found = ctx.cluster.state.evals.find(
    (e) => e['ID'] === ctx.params['id'],
  );
  if (!found) throw new HttpError(404, 'eval not found');
  return found;
}

function allocation(ctx: Endpoint) {
  const found = ctx.cluster.state.allocs.find((a) => a.ID === ctx.params['id']);
  if (!found) throw new HttpError(404, 'alloc not found');
  return found;
}

function node(ctx: Endpoint) {
  if (ctx.params['id'] !== ctx.cluster.state.nodeId) {
    throw new HttpError(404, 'node not found');
  }
}

export const statusRoutes: Route[] = [
  read('/v1/evaluations', (ctx) =>
    ctx.cluster.state.evals.filter((e) =>
      (str(e, 'ID') ?? '').startsWith(prefix(ctx)),
    ),
  ),
  read('/v1/evaluation/:id/allocations', (ctx) => {
    const id = str(evaluation(ctx), 'ID');
    return ctx.cluster.state.allocs
      .filter((a) => a.EvalID === id)
      .map((a) => allocStub(ctx.cluster, a));
  }),
  read('/v1/evaluation/:id', evaluation),
  read('/v1/allocations', (ctx) =>
    ctx.cluster.state.allocs
      .filter((a) => a.ID.startsWith(prefix(ctx)))
      .map((a) => allocStub(ctx.cluster, a)),
  ),
  read('/v1/allocation/:id/services', (ctx) => {
    const id = allocation(ctx).ID;
    return ctx.cluster.state.services.filter(
      (s) => s.AllocID === id && s.provider === 'nomad',
    );
  }),
  read('/v1/allocation/:id/checks', (ctx) => {
    allocation(ctx);
    return {};
  }),
  read('/v1/allocation/:id', (ctx) =>
    allocationView(ctx.cluster, allocation(ctx)),
  ),
  read('/v1/allocation/:id*', () => {
    throw new HttpError(404, 'resource not found');
  }),
  read('/v1/deployments', (ctx) =>
    ctx.cluster.state.deployments.filter((d) =>
      (str(d, 'ID') ?? '').startsWith(prefix(ctx)),
    ),
  ),
  read('/v1/deployment/:id', (ctx) => {
    const found = ctx.cluster.state.deployments.find(
      (d) => d['ID'] === ctx.params['id'],
    );
    if (!found) throw new HttpError(404, 'deployment not found');
    return found;
  }),
  read('/v1/nodes', (ctx) =>
    ctx.cluster.state.nodeId.startsWith(prefix(ctx))
      ? [nodeStub(ctx.cluster)]
      : [],
  ),
  read('/v1/node/:id/allocations', (ctx) => {
    node(ctx);
    return ctx.cluster.state.allocs.map((a) => allocationView(ctx.cluster, a));
  }),
  read('/v1/node/:id', (ctx) => {
    node(ctx);
    return nodeView(ctx.cluster);
  }),
  read('/v1/agent/self', (ctx) => agentSelf(ctx.cluster)),
  read('/v1/status/leader', (ctx) => `${ctx.cluster.address}:4647`),
  read('/v1/status/peers', (ctx) => [`${ctx.cluster.address}:4647`]),
  read('/v1/regions', () => ['global']),
];

/** POST /v1/search: prefix matches across contexts. */
export async function search(ctx: Endpoint): Promise<Response> {
  const body = await readBody(ctx.request);
  const wanted = str(body, 'Prefix') ?? '';
  const context = str(body, 'Context') ?? 'all';
  const { state } = ctx.cluster;
  const ids = {
    allocs: state.allocs.map((a) => a.ID),
    deployment: state.deployments.map((d) => str(d, 'ID') ?? ''),
    evals: state.evals.map((e) => str(e, 'ID') ?? ''),
    jobs: Object.keys(state.jobs),
    node_pools: ['all', 'default'],
    nodes: [state.nodeId],
    namespaces: ['default'],
    plugins: [] as string[],
    volumes: [] as string[],
  };
  const matches: Record<string, string[]> = {};
  const truncations: Record<string, boolean> = {};
  for (const [name, list] of Object.entries(ids)) {
    if (context !== 'all' && context !== name) continue;
    const found = list.filter((id) => id.startsWith(wanted)).sort();
    matches[name] = found.slice(0, 20);
    truncations[name] = found.length > 20;
  }
  return queryJson(ctx, { Matches: matches, Truncations: truncations });
}
