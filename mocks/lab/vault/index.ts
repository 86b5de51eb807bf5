import type { DatabaseServer, Handler } from '../ports.ts';
import type { VersionProfile } from '../types.ts';
import type { VaultCore } from './core.ts';
import { createTaskQueue } from '../database/task-queue.ts';
import { dispatch } from './router.ts';
import { emptyState, restoreState } from './state.ts';
import { expireDue } from './expiration.ts';

export interface VaultOptions {
  profile: VersionProfile;
  /** Milliseconds since the epoch. */
  clock: () => number;
  /** Resolves connection_url hosts (database.service.consul:5432). */
  resolveDatabase(host: string, port: number): DatabaseServer | undefined;
  /** From `snapshot()`, to come back after a reload. */
  state?: unknown;
  /** Called after any request that changed Vault's storage. */
  onChange?: () => void;
}

export interface VaultEmulator {
  handle: Handler;
  snapshot(): unknown;
}

/**
 * A Vault server emulated in memory: its HTTP API under /v1/, answered
 * as the profile's Vault version would (see the shared vault-api
 * contract). Requests run one at a time, like a single-node Vault's
 * storage would serialize them.
 */
export function createVault(options: VaultOptions): VaultEmulator {
  const core: VaultCore = {
    state:
      options.state === undefined ? emptyState() : restoreState(options.state),
    profile: options.profile,
    clock: options.clock,
    resolveDatabase: (host, port) => options.resolveDatabase(host, port),
  };
  const enqueue = createTaskQueue();
  return {
    handle: (request) =>
      enqueue(async () => {
        const before = JSON.stringify(core.state);
        await expireDue(core);
        const response = await dispatch(core, request);
        if (JSON.stringify(core.state) !== before) options.onChange?.();
        return response;
      }),
    snapshot: () => structuredClone(core.state),
  };
}
