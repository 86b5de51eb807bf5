// A real TCP port answering through a fetch-style handler: the sandbox's
// Vault and Nomad APIs and the web apps of its tasks.
import type { AddressInfo } from 'node:net';

import type { Handler } from '../../mocks/lab/ports.ts';
import { createCustomMethodServer } from './custom-methods.ts';
import { nodeListener } from './node-adapter.ts';

export interface Listener {
  port: number;
  /** `http://host:port`, as a client would type it. */
  url: string;
  close(): Promise<void>;
}

/** Listens on `host:port` (0 = any free port). */
export async function listen(
  handler: Handler,
  { host, port }: { host: string; port: number },
): Promise<Listener> {
  const { server, closeAllConnections } = createCustomMethodServer(
    nodeListener(handler),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    port: bound,
    url: `http://${shownHost}:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        closeAllConnections();
      }),
  };
}
