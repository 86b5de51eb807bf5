// DNS rebinding guard: a page on evil.example that re-points its name at
// 127.0.0.1 still sends `Host: evil.example`, so only our names pass.
import type { FastifyReply, FastifyRequest } from 'fastify';

import { ProxyHttpError } from '../proxy-error.ts';

const loopbackNames = ['localhost', '127.0.0.1', '[::1]'];

const cache = new WeakMap<readonly string[], Map<number, Set<string>>>();

/** The Host values accepted on a connection to `port`. */
export function allowedHostsFor(
  port: number,
  extraHosts: readonly string[],
): ReadonlySet<string> {
  const byPort = cache.get(extraHosts) ?? new Map<number, Set<string>>();
  cache.set(extraHosts, byPort);
  const known = byPort.get(port);
  if (known) return known;
  const allowed = buildAllowedHosts(port, extraHosts);
  byPort.set(port, allowed);
  return allowed;
}

function buildAllowedHosts(
  port: number,
  extraHosts: readonly string[],
): Set<string> {
  const names = [...loopbackNames, ...extraHosts.filter((h) => !hasPort(h))];
  const allowed = new Set(names.map((name) => `${name}:${port}`));
  for (const host of extraHosts) if (hasPort(host)) allowed.add(host);
  if (port === 80) for (const name of names) allowed.add(name);
  return allowed;
}

function hasPort(host: string): boolean {
  return /:\d+$/.test(host);
}

/** onRequest hook refusing any request whose Host is not ours. */
export function hostAllowlist(extraHosts: readonly string[]) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const port = request.raw.socket.localPort ?? 0;
    const host = (request.headers.host ?? '').toLowerCase();
    if (allowedHostsFor(port, extraHosts).has(host)) return;
    throw new ProxyHttpError(403, {
      errors: [`Host ${JSON.stringify(host)} is not allowed`],
      proxyError: 'forbidden_host',
      hint:
        `Open http://127.0.0.1:${port}/ instead, or add the name to ` +
        'allowedHosts in the config file.',
    });
  };
}
