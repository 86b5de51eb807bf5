// Maps the app's `/api/...` paths onto the lab's handlers, the same split
// the Node proxy makes in live mode. MSW and Node tests both call it.
import type { Handler } from './ports.ts';
import type { Lab } from './types.ts';

const ROUTES: {
  prefix: string;
  target: (lab: Lab) => Handler;
  keep: string;
}[] = [
  { prefix: '/api/vault/v1/', target: (lab) => lab.vault, keep: '/v1/' },
  { prefix: '/api/nomad/v1/', target: (lab) => lab.nomad, keep: '/v1/' },
  { prefix: '/api/lab/', target: (lab) => lab.control, keep: '/lab/' },
  { prefix: '/api/web/', target: (lab) => lab.app, keep: '/' },
];

/** A fetch-style handler for every `/api/*` path the lab answers. */
export function routeApi(lab: Lab): Handler {
  return async (request) => {
    const url = new URL(request.url);
    const route = ROUTES.find(({ prefix }) => url.pathname.startsWith(prefix));
    if (!route) {
      const error = `no lab route for ${url.pathname}`;
      return Response.json({ errors: [error] }, { status: 404 });
    }
    const path = route.keep + url.pathname.slice(route.prefix.length);
    const target = new URL(`${path}${url.search}`, url.origin);
    return route.target(lab)(await forward(request, target));
  };
}

async function forward(request: Request, url: URL): Promise<Request> {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    ...(hasBody ? { body: await request.arrayBuffer() } : {}),
  });
}
