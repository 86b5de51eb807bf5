// Emulator-only controls, answered in mock and sandbox modes.
import { z } from 'zod';

import { request } from './http.ts';

const labInfoSchema = z.looseObject({
  emulator: z.boolean().optional(),
  profile: z
    .looseObject({
      id: z.string(),
      vaultVersion: z.string(),
      nomadVersion: z.string(),
    })
    .optional(),
});

export type LabInfo = z.infer<typeof labInfoSchema>;

/** The Nomad agent `vault` block as the lab applies it (legacy flow). */
export interface NomadVaultBlock {
  enabled: boolean;
  address: string;
  task_token_ttl: string;
  create_from_role: string;
  token: string;
}

export function readLabInfo(): Promise<LabInfo> {
  return request({
    backend: 'lab',
    method: 'GET',
    path: '/info',
    schema: labInfoSchema,
  });
}

/** Throws away all lab state: Vault uninitialized, no jobs, no database. */
export async function resetLab(): Promise<void> {
  await request({
    backend: 'lab',
    method: 'POST',
    path: '/reset',
    schema: z.unknown(),
  });
}

/**
 * Applies the block as a Nomad restart would; 400 carries Nomad's own
 * refusal (e.g. a token role without a period).
 */
export async function applyNomadVaultBlock(
  block: NomadVaultBlock,
): Promise<void> {
  await request({
    backend: 'lab',
    method: 'PUT',
    path: '/nomad/vault',
    body: block,
    schema: z.unknown(),
  });
}
