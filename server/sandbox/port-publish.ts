// What docker's port mapping does for the database container: a host port
// that relays TCP to the server, so psql and pg reach it where Nomad says.
import { connect, createServer } from 'node:net';
import type { Socket } from 'node:net';

export interface Endpoint {
  host: string;
  port: number;
}

export interface PublishedPort {
  close(): Promise<void>;
}

function relay(client: Socket, target: Endpoint, open: Set<Socket>) {
  const upstream = connect(target.port, target.host);
  for (const socket of [client, upstream]) {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  }
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
  client.pipe(upstream).pipe(client);
}

/** Listens on `from` and relays each connection to `to`. */
export async function publishPort(
  from: Endpoint,
  to: Endpoint,
): Promise<PublishedPort> {
  const open = new Set<Socket>();
  const server = createServer((client) => relay(client, to, open));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE' ? 'address already in use' : error.message;
      reject(
        new Error(
          `failed to publish port ${from.port}: listen tcp ` +
            `${from.host}:${from.port}: bind: ${reason}`,
        ),
      );
    });
    server.listen(from.port, from.host, resolve);
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        open.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
