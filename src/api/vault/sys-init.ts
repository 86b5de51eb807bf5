// Initialization, seal state, unseal and health: Vault's unauthenticated
// raw sys endpoints (flat JSON, no envelope).
// https://developer.hashicorp.com/vault/api-docs/system/init
import { z } from 'zod';

import { request } from '../http.ts';

const initStatusSchema = z.looseObject({ initialized: z.boolean() });

export const initResponseSchema = z.looseObject({
  keys: z.array(z.string()),
  keys_base64: z.array(z.string()),
  root_token: z.string(),
});

export const sealStatusSchema = z.looseObject({
  type: z.string(),
  initialized: z.boolean(),
  sealed: z.boolean(),
  t: z.number(),
  n: z.number(),
  progress: z.number(),
  nonce: z.string().optional(),
  version: z.string().optional(),
});

const healthSchema = z.looseObject({
  initialized: z.boolean(),
  sealed: z.boolean(),
  standby: z.boolean(),
  version: z.string().optional(),
});

export type InitResponse = z.infer<typeof initResponseSchema>;
export type SealStatus = z.infer<typeof sealStatusSchema>;
export type VaultHealth = z.infer<typeof healthSchema>;

/** GET sys/init: whether Vault has been initialized. */
export function readInitStatus(): Promise<{ initialized: boolean }> {
  return request({
    backend: 'vault',
    method: 'GET',
    path: '/v1/sys/init',
    schema: initStatusSchema,
  });
}

/** PUT sys/init: creates the unseal keys and the root token, once. */
export function initVault(shares: {
  secretShares: number;
  secretThreshold: number;
}): Promise<InitResponse> {
  return request({
    backend: 'vault',
    method: 'PUT',
    path: '/v1/sys/init',
    body: {
      secret_shares: shares.secretShares,
      secret_threshold: shares.secretThreshold,
    },
    schema: initResponseSchema,
  });
}

/** GET sys/seal-status. */
export function readSealStatus(): Promise<SealStatus> {
  return request({
    backend: 'vault',
    method: 'GET',
    path: '/v1/sys/seal-status',
    schema: sealStatusSchema,
  });
}

/** PUT sys/unseal with one key share; answers the new seal status. */
export function unsealVault(key: string): Promise<SealStatus> {
  return request({
    backend: 'vault',
    method: 'PUT',
    path: '/v1/sys/unseal',
    body: { key },
    schema: sealStatusSchema,
  });
}

/**
 * GET sys/health, asking for 200 in every state so that "sealed" or
 * "not initialized" arrive as data rather than as errors.
 */
export function readHealth(): Promise<VaultHealth> {
  return request({
    backend: 'vault',
    method: 'GET',
    path:
      '/v1/sys/health?standbyok=true&sealedcode=200&uninitcode=200' +
      '&perfstandbyok=true',
    schema: healthSchema,
  });
}
