// The lab's network as tasks and Vault see it: a browser-side NetworkHost,
// and the lookup from `host:port` to a running database.
import type { DatabaseServer, NetworkHost } from '../ports.ts';
import type { RunningDatabase } from './postgres-task.ts';
import type { ServiceEntry } from './render-templates.ts';

// Nomad's default range for dynamic ports.
const DYNAMIC_PORTS = { min: 20_000, max: 32_000 };

/** A network with no real sockets: static ports are always free. */
export function createMemoryNetwork(address = '127.0.0.1'): NetworkHost {
  const handedOut = new Set<number>();
  return {
    address,
    async allocatePort(preferred) {
      if (preferred !== undefined) return preferred;
      const span = DYNAMIC_PORTS.max - DYNAMIC_PORTS.min + 1;
      let port: number;
      do {
        port = DYNAMIC_PORTS.min + Math.floor(Math.random() * span);
      } while (handedOut.has(port) && handedOut.size < span);
      handedOut.add(port);
      return port;
    },
  };
}

// `[tag.]name.service[.dc].consul`, as Consul DNS answers it.
const CONSUL_NAME = /^(?:[^.]+\.)?([^.]+)\.service(?:\.[^.]+)?\.consul\.?$/i;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** The addresses a task would reach for `host` (DNS, in effect). */
export function addressesOf(host: string, services: ServiceEntry[]): string[] {
  const consul = CONSUL_NAME.exec(host);
  if (consul) {
    const name = consul[1]?.toLowerCase();
    return services
      .filter((service) => service.name.toLowerCase() === name)
      .map((service) => service.address);
  }
  return [LOOPBACK.has(host) ? '127.0.0.1' : host];
}

/** The database listening at `host:port`, or undefined (refused/no host). */
export function findDatabase(
  host: string,
  port: number,
  services: ServiceEntry[],
  databases: RunningDatabase[],
): DatabaseServer | undefined {
  const addresses = addressesOf(host, services).map(canonical);
  const found = databases.find(
    (database) =>
      database.port === port && addresses.includes(canonical(database.address)),
  );
  return found?.server;
}

const canonical = (address: string) =>
  LOOPBACK.has(address) ? '127.0.0.1' : address;
