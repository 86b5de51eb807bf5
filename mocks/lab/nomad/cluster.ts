// The shared core every endpoint works on: state, time, the node, and the
// ports to the rest of the lab.
import type { Handler, NetworkHost } from '../ports.ts';
import type { VersionProfile } from '../types.ts';
import { nanos } from './go-time.ts';
import type { TaskRuntime } from './runtime.ts';
import type { NomadState } from './state.ts';
import { WorkQueue } from './work-queue.ts';

export interface ClusterPorts {
  profile: VersionProfile;
  clock: () => number;
  network: NetworkHost;
  runtime: TaskRuntime;
  vault: Handler;
  vaultAddr?: string;
  nomadAddr?: string;
  onChange?: () => void;
}

/** Where a `vault server -dev` and a `nomad agent -dev` listen. */
export const DEFAULT_VAULT_ADDR = 'http://127.0.0.1:8200';
export const DEFAULT_NOMAD_ADDR = 'http://127.0.0.1:4646';

export const NODE_NAME = 'lab-node';
export const DATACENTER = 'dc1';
export const REGION = 'global';

export class Cluster {
  readonly work = new WorkQueue();
  private waiters = new Set<() => void>();

  constructor(
    public state: NomadState,
    readonly ports: ClusterPorts,
  ) {}

  get profile() {
    return this.ports.profile;
  }

  get address() {
    return this.ports.network.address;
  }

  /** The address the lab's Vault is served at. */
  get vaultAddr(): string {
    return this.ports.vaultAddr ?? DEFAULT_VAULT_ADDR;
  }

  /** The port this agent's HTTP API is served on. */
  get httpPort(): number {
    const url = new URL(this.ports.nomadAddr ?? DEFAULT_NOMAD_ADDR);
    return Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  }

  /** Milliseconds since the epoch, from the lab's clock. */
  now(): number {
    return this.ports.clock();
  }

  nowNanos(): number {
    return nanos(this.now());
  }

  /** Starts a new raft index for a write; call changed() when done. */
  nextIndex(): number {
    this.state.index += 1;
    return this.state.index;
  }

  changed(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
    this.ports.onChange?.();
  }

  /** Resolves once the index passes `index`, or after `ms`. */
  async waitForIndex(index: number, ms: number): Promise<void> {
    if (this.state.index > index || ms <= 0) return;
    await new Promise<void>((resolve) => {
      const wake = () => {
        if (this.state.index <= index) {
          this.waiters.add(wake);
          return;
        }
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        resolve();
      }, ms);
      this.waiters.add(wake);
    });
  }
}
