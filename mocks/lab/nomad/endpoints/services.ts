// Nomad's native service catalogue (provider = "nomad" only).
import { block, queryJson } from '../http.ts';
import { GET, type Route } from '../router.ts';
import { serviceJson } from '../services.ts';

export const serviceRoutes: Route[] = [
  {
    methods: GET,
    path: '/v1/services',
    async handle(ctx) {
      await block(ctx);
      const tags = new Map<string, Set<string>>();
      for (const s of ctx.cluster.state.services) {
        if (s.provider !== 'nomad') continue;
        const set = tags.get(s.ServiceName) ?? new Set<string>();
        for (const tag of s.Tags) set.add(tag);
        tags.set(s.ServiceName, set);
      }
      const services = [...tags.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([ServiceName, set]) => ({ ServiceName, Tags: [...set].sort() }));
      const answer = services.length
        ? [{ Namespace: 'default', Services: services }]
        : [];
      return queryJson(ctx, answer);
    },
  },
  {
    methods: GET,
    path: '/v1/service/:name',
    async handle(ctx) {
      await block(ctx);
      const list = ctx.cluster.state.services
        .filter(
          (s) => s.provider === 'nomad' && s.ServiceName === ctx.params['name'],
        )
        .map((s) => serviceJson(ctx.cluster, s));
      return queryJson(ctx, list);
    },
  },
];
