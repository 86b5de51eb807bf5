// The sandbox's network: tasks get real ports on the loopback address and
// their HTTP apps answer there.
import type { NetworkHost } from '../../mocks/lab/ports.ts';
import { freePort, isPortFree } from './free-port.ts';
import { listen } from './listener.ts';

// Nomad's default range for dynamic ports.
const DYNAMIC_PORTS = { min: 20_000, max: 32_000 };

export interface SandboxNetworkOptions {
  /** The node address allocations report (default 127.0.0.1). */
  address?: string;
  /**
   * Ports a server of the sandbox itself listens on, that the task it
   * stands for may claim (a --postgres-url server on 5432).
   */
  sharedPorts?: readonly number[];
  /** Told when a static port is taken and another is handed out. */
  onWarning?: (message: string) => void;
}

/** A NetworkHost on real sockets; `closeAll` ends every app it serves. */
export function createSandboxNetwork(
  options: SandboxNetworkOptions = {},
): NetworkHost & { closeAll(): Promise<void> } {
  const address = options.address ?? '127.0.0.1';
  const served = new Set<() => Promise<void>>();
  return {
    address,
    async allocatePort(preferred) {
      if (preferred === undefined) return freePort(address, DYNAMIC_PORTS);
      if (options.sharedPorts?.includes(preferred)) return preferred;
      if (await isPortFree(address, preferred)) return preferred;
      const port = await freePort(address, DYNAMIC_PORTS);
      options.onWarning?.(
        `port ${preferred} is in use on ${address}; the task gets ${port}`,
      );
      return port;
    },
    async serve(handler, port) {
      const listener = await listen(handler, { host: address, port });
      const close = async () => {
        served.delete(close);
        await listener.close();
      };
      served.add(close);
      return { port: listener.port, close };
    },
    async closeAll() {
      await Promise.all([...served].map((close) => close()));
    },
  };
}
