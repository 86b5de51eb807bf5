import type { Route } from './core.ts';

/** Finds the route for a path below its mount, with its parameters. */
export function matchRoute(
  routes: Route[],
  subpath: string,
): { route: Route; params: Record<string, string> } | undefined {
  const parts = subpath === '' ? [] : subpath.split('/');
  for (const route of routes) {
    const pattern = route.pattern === '' ? [] : route.pattern.split('/');
    const params: Record<string, string> = {};
    let isMatch = true;
    for (let i = 0; i < pattern.length && isMatch; i++) {
      const want = pattern[i] ?? '';
      const have = parts[i];
      if (want.startsWith('*')) {
        const rest = parts.slice(i).join('/');
        params[want.slice(1)] = rest;
        isMatch = rest !== '';
        if (isMatch) return { route, params };
      } else if (have === undefined) {
        isMatch = false;
      } else if (want.startsWith(':')) {
        params[want.slice(1)] = have;
        isMatch = have !== '';
      } else {
        isMatch = want === have;
      }
    }
    if (isMatch && pattern.length === parts.length) return { route, params };
  }
  return undefined;
}

// Paths that need `sudo` on top of the operation's capability.
const rootProtected = [
  /^sys\/mounts\/./,
  /^sys\/auth\/./,
  /^sys\/audit(\/|$)/,
  /^sys\/(rotate|seal|step-down)$/,
  /^sys\/raw(\/|$)/,
  /^sys\/(leases\/)?(revoke-prefix|revoke-force)\//,
  /^sys\/leases\/lookup\//,
  /^auth\/token\/accessors(\/|$)/,
  /^auth\/token\/revoke-orphan/,
];

export function isRootProtected(path: string): boolean {
  return rootProtected.some((pattern) => pattern.test(path));
}
