// Finding ports nothing listens on, the way a scheduler would before
// handing one to a task.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** Binds `port` on `host` briefly; the port the system gave back. */
function probe(host: string, port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen({ host, port, exclusive: true }, () => {
      const bound = (server.address() as AddressInfo).port;
      server.close(() => resolve(bound));
    });
  });
}

export async function isPortFree(host: string, port: number) {
  return (await probe(host, port)) === port;
}

/** A free port in `range` when one turns up quickly, else any free one. */
export async function freePort(
  host: string,
  range?: { min: number; max: number },
): Promise<number> {
  for (let attempt = 0; range && attempt < 20; attempt++) {
    const span = range.max - range.min + 1;
    const port = range.min + Math.floor(Math.random() * span);
    if (await isPortFree(host, port)) return port;
  }
  const port = await probe(host, 0);
  if (port === undefined) throw new Error(`no free port on ${host}`);
  return port;
}
