// How consul-template reads `{{ with secret "path" }}`: GET /v1/<path> with
// the task's Vault token, the answer wrapped as a *dependency.Secret.
import type { Handler } from '../ports.ts';
import { GoStruct } from './template/index.ts';

export type SecretRead =
  | { ok: true; secret: GoStruct }
  | { ok: false; status: number; errors: string[] };

const VAULT_ORIGIN = 'http://127.0.0.1:8200';

/** The name consul-template gives the dependency in events and logs. */
export const vaultReadName = (path: string) => `vault.read(${path})`;

export const trimSecretPath = (path: string) => path.replace(/^\/+|\/+$/g, '');

export async function readSecret(
  vault: Handler,
  token: string | undefined,
  path: string,
): Promise<SecretRead> {
  const headers = new Headers({ 'X-Vault-Request': 'true' });
  if (token) headers.set('X-Vault-Token', token);
  const url = `${VAULT_ORIGIN}/v1/${trimSecretPath(path)}`;
  const response = await vault(new Request(url, { headers }));
  const body = (await response.json().catch(() => null)) as Record<
    string,
    unknown
  > | null;
  if (!response.ok || !body) {
    const errors = Array.isArray(body?.['errors']) ? body['errors'] : [];
    return { ok: false, status: response.status, errors: errors.map(String) };
  }
  return { ok: true, secret: toSecret(body) };
}

function toSecret(body: Record<string, unknown>): GoStruct {
  return new GoStruct('*dependency.Secret', {
    RequestID: body['request_id'] ?? '',
    LeaseID: body['lease_id'] ?? '',
    LeaseDuration: body['lease_duration'] ?? 0,
    Renewable: body['renewable'] ?? false,
    Data: body['data'] ?? null,
    Warnings: body['warnings'] ?? null,
    Auth: body['auth'] ?? null,
    WrapInfo: body['wrap_info'] ?? null,
  });
}
