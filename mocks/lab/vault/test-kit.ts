// Shared by this folder's tests: drive the emulator over its HTTP shape.

import type { DatabaseServer } from '../ports.ts';
import { legacyTokenProfile } from '../profile.ts';
import type { VersionProfile } from '../types.ts';
import { createVault, type VaultEmulator } from './index.ts';

export interface Answer {
  status: number;
  body: Record<string, unknown> & { errors?: string[] };
  data: Record<string, unknown>;
}

export interface Call {
  token?: string | undefined;
  body?: unknown;
}

export interface TestVault {
  vault: VaultEmulator;
  call(method: string, path: string, call?: Call): Promise<Answer>;
  advance(seconds: number): void;
  now(): number;
}

export function testVault(
  options: {
    profile?: VersionProfile;
    start?: number;
    resolveDatabase?: (
      host: string,
      port: number,
    ) => DatabaseServer | undefined;
    state?: unknown;
    onChange?: () => void;
  } = {},
): TestVault {
  let now = options.start ?? Date.parse('2031-05-01T12:00:00Z');
  const vault = createVault({
    profile: options.profile ?? legacyTokenProfile,
    clock: () => now,
    resolveDatabase: options.resolveDatabase ?? (() => undefined),
    state: options.state,
    ...(options.onChange ? { onChange: options.onChange } : {}),
  });
  return {
    vault,
    advance: (seconds) => {
      now += seconds * 1000;
    },
    now: () => now,
    async call(method, path, { token, body } = {}) {
      const headers: Record<string, string> = {};
      if (token !== undefined) headers['X-Vault-Token'] = token;
      const response = await vault.handle(
        new Request(`http://vault.lab/v1/${path}`, {
          method,
          headers,
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      );
      const text = await response.text();
      const parsed = text === '' ? {} : (JSON.parse(text) as Answer['body']);
      const data = (parsed['data'] ?? {}) as Record<string, unknown>;
      return { status: response.status, body: parsed, data };
    },
  };
}

/** Initializes with one share, unseals, and returns the root token. */
export async function readyVault(test: TestVault): Promise<string> {
  const init = await test.call('PUT', 'sys/init', {
    body: { secret_shares: 1, secret_threshold: 1 },
  });
  const keys = init.body['keys_base64'] as string[];
  await test.call('PUT', 'sys/unseal', { body: { key: keys[0] } });
  return init.body['root_token'] as string;
}
