// Task tokens in the legacy flow: the server creates them through the
// token role for each task's policies, and revokes them when it stops.
import type { Cluster } from './cluster.ts';
import { obj, str, type JsonObject } from './json.ts';
import { vaultRequest } from './vault-api.ts';

export interface DerivedToken {
  token: string;
  accessor: string;
}

/** Node.DeriveVaultToken on the server: a child token via the role. */
export async function deriveTaskToken(
  cluster: Cluster,
  alloc: { ID: string; Namespace?: string },
  task: string,
  policies: string[],
): Promise<DerivedToken> {
  const config = cluster.state.vault;
  if (!config?.enabled) throw new Error('Vault integration disabled');
  const call = {
    vault: cluster.ports.vault,
    address: config.address,
    servedAt: cluster.vaultAddr,
    token: config.token,
  };
  const body: JsonObject = {
    policies,
    meta: {
      AllocationID: alloc.ID,
      Task: task,
      NodeID: cluster.state.nodeId,
      Namespace: alloc.Namespace ?? 'default',
    },
    display_name: `${alloc.ID}-${task}`,
  };
  if (config.taskTokenTtl) body['ttl'] = config.taskTokenTtl;
  const path = config.role
    ? `auth/token/create/${config.role}`
    : 'auth/token/create';
  if (!config.role) body['period'] = config.taskTokenTtl || '72h';
  let answer: JsonObject | null;
  try {
    answer = await vaultRequest(call, 'POST', path, body);
  } catch (error) {
    throw new Error(
      `failed to create an alloc vault token: ${(error as Error).message}`,
    );
  }
  const auth = obj(answer, 'auth');
  return {
    token: str(auth, 'client_token') ?? '',
    accessor: str(auth, 'accessor') ?? '',
  };
}

/** Revokes a task token when its allocation stops. */
export async function revokeAccessor(cluster: Cluster, accessor: string) {
  const config = cluster.state.vault;
  if (!config?.enabled || !accessor) return;
  const call = {
    vault: cluster.ports.vault,
    address: config.address,
    servedAt: cluster.vaultAddr,
    token: config.token,
  };
  await vaultRequest(call, 'POST', 'auth/token/revoke-accessor', {
    accessor,
  }).catch(() => undefined);
}
