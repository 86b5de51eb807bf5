// Nomad ≤ 1.9's legacy Vault integration: the server holds a periodic
// token, checks it and its token role before it derives any task token.
import type { Cluster } from './cluster.ts';
import { parseDuration } from './go-time.ts';
import { bool, num, obj, strings, type JsonObject } from './json.ts';
import type { AppliedVaultConfig } from './state.ts';
import { vaultRequest, type VaultCall } from './vault-api.ts';

export interface NomadVaultConfig {
  enabled: boolean;
  address: string;
  task_token_ttl?: string;
  create_from_role?: string;
  token?: string;
}

export type ApplyResult = { ok: true } | { ok: false; errors: string[] };

const goList = (items: string[]) => `[${items.join(' ')}]`;
const goQuoted = (items: string[]) =>
  `[${items.map((i) => `"${i}"`).join(' ')}]`;

export async function applyVaultConfig(
  cluster: Cluster,
  config: NomadVaultConfig,
): Promise<ApplyResult> {
  const applied: AppliedVaultConfig = {
    enabled: config.enabled,
    address: config.address || 'https://vault.service.consul:8200',
    taskTokenTtl: config.task_token_ttl ?? '',
    role: config.create_from_role ?? '',
    token: config.token ?? '',
    tokenTtlNanos: 0,
    tokenCheckedAt: cluster.now(),
  };
  if (applied.enabled && applied.token) {
    const errors = await checkServerToken(cluster, applied);
    if (errors.length > 0) return { ok: false, errors };
  }
  cluster.nextIndex();
  cluster.state.vault = applied;
  cluster.changed();
  return { ok: true };
}

/** parseSelfToken + validateCapabilities + validateRole (nomad/vault.go). */
async function checkServerToken(
  cluster: Cluster,
  config: AppliedVaultConfig,
): Promise<string[]> {
  const call = {
    vault: cluster.ports.vault,
    address: config.address,
    servedAt: cluster.vaultAddr,
    token: config.token,
  };
  let self: JsonObject | undefined;
  try {
    self = obj(
      await vaultRequest(call, 'GET', 'auth/token/lookup-self'),
      'data',
    );
  } catch (error) {
    return [
      `failed to lookup Vault periodic token: ${String((error as Error).message)}`,
    ];
  }
  const errors: string[] = [];
  const root = strings(self, 'policies').includes('root');
  const renewable = bool(self, 'renewable') ?? false;
  const creationTtl = num(self, 'creation_ttl') ?? 0;
  const ttl = num(self, 'ttl') ?? 0;
  config.tokenTtlNanos = ttl * 1e9;
  if (!root) {
    if (!renewable) errors.push('Vault token is not renewable or root');
    if (creationTtl === 0) errors.push('invalid lease duration of zero');
    if (ttl === 0) errors.push('token TTL is zero');
    if (!config.role) {
      errors.push('token role name must be set when not using a root token');
    }
  } else if (creationTtl !== 0) {
    if (!renewable) errors.push('Vault token has a TTL but is not renewable');
    else if (ttl === 0) errors.push('token TTL is zero');
  }
  if (!root) errors.push(...(await checkCapabilities(call, config.role)));
  if (config.role) errors.push(...(await checkRole(call, config.role)));
  return errors;
}

async function checkCapabilities(
  call: VaultCall,
  role: string,
): Promise<string[]> {
  const required: [string, string[]][] = [
    ['auth/token/lookup', ['update']],
    ['auth/token/revoke-accessor', ['update']],
    [`auth/token/roles/${role}`, ['read']],
    [`auth/token/create/${role}`, ['update']],
  ];
  let answer: JsonObject | null;
  try {
    answer = await vaultRequest(call, 'POST', 'sys/capabilities-self', {
      paths: required.map(([path]) => path),
    });
  } catch {
    // A Vault without this endpoint: the lab skips the capability check.
    return [];
  }
  const errors: string[] = [];
  for (const [path, caps] of required) {
    const top = strings(answer, path);
    const has = top.length ? top : strings(obj(answer, 'data'), path);
    const ok = has.includes('root') || caps.some((c) => has.includes(c));
    if (!ok) {
      errors.push(
        `token must have one of the following capabilities ${goQuoted(caps)} ` +
          `on "${path}"; has ${goList(has)}`,
      );
    }
  }
  return errors;
}

async function checkRole(call: VaultCall, role: string): Promise<string[]> {
  let data: JsonObject | undefined;
  try {
    const answer = await vaultRequest(call, 'GET', `auth/token/roles/${role}`);
    if (!answer) return [`Role "${role}" does not exist`];
    data = obj(answer, 'data');
  } catch (error) {
    return [`failed to lookup role "${role}": ${(error as Error).message}`];
  }
  const errors: string[] = [];
  if (!bool(data, 'renewable'))
    errors.push('Role must allow tokens to be renewed');
  const maxTtl =
    seconds(data, 'explicit_max_ttl') + seconds(data, 'token_explicit_max_ttl');
  if (maxTtl !== 0) {
    errors.push(
      'Role can not use an explicit max ttl. Token must be periodic.',
    );
  }
  if (seconds(data, 'period') + seconds(data, 'token_period') === 0) {
    errors.push('Role must have a non-zero period to make tokens periodic.');
  }
  return errors;
}

function seconds(data: JsonObject | undefined, key: string): number {
  const value = data?.[key];
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return (parseDuration(value) ?? 0) / 1e9;
  return 0;
}
