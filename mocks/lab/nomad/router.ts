// Matches /v1/... paths to endpoint handlers, with Nomad's answers for a
// wrong method (405 Invalid method) and an unknown path.
import type { Context } from './http.ts';
import type { Scheduler } from './scheduler.ts';

export interface Endpoint extends Context {
  scheduler: Scheduler;
}

export interface Route {
  methods: string[];
  path: string;
  handle(ctx: Endpoint): Promise<Response> | Response;
}

interface Compiled extends Route {
  pattern: RegExp;
  keys: string[];
}

export const GET = ['GET'];
export const WRITE = ['PUT', 'POST'];

export class Router {
  private readonly routes: Compiled[] = [];

  add(...routes: Route[]): this {
    for (const route of routes) {
      const keys: string[] = [];
      const source = route.path.replace(/:(\w+)\*?/g, (whole, key: string) => {
        keys.push(key);
        return whole.endsWith('*') ? '(.+)' : '([^/]+)';
      });
      this.routes.push({ ...route, pattern: new RegExp(`^${source}$`), keys });
    }
    return this;
  }

  match(method: string, path: string) {
    let pathMatched = false;
    for (const route of this.routes) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      pathMatched = true;
      if (!route.methods.includes(method)) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, i) => {
        params[key] = decodeURIComponent(found[i + 1] ?? '');
      });
      return { route, params };
    }
    return pathMatched ? 'method' : undefined;
  }
}
