// Secrets engine mounts under sys/mounts (contract §7).
// https://developer.hashicorp.com/vault/api-docs/system/mounts
import { z } from 'zod';

import { request, type Credential } from '../http.ts';
import { envelopeSchema } from './envelope.ts';

const mountSchema = z.looseObject({
  type: z.string(),
  description: z.string().optional(),
  accessor: z.string().optional(),
});
const listSchema = envelopeSchema(z.record(z.string(), mountSchema));

export type MountInfo = z.infer<typeof mountSchema>;

/** The mounted engines keyed by path with a trailing slash (`database/`). */
export async function listMounts(
  auth: Credential,
): Promise<Record<string, MountInfo>> {
  const answer = await request({
    backend: 'vault',
    method: 'GET',
    path: '/v1/sys/mounts',
    credential: auth,
    schema: listSchema,
  });
  return answer.data;
}

/** PUT sys/mounts/:path, as the CLI sends it (sudo; 400 when taken). */
export function enableMount(
  auth: Credential,
  path: string,
  type: string,
): Promise<undefined> {
  return request({
    backend: 'vault',
    method: 'PUT',
    path: `/v1/sys/mounts/${encodeURIComponent(path)}`,
    body: { type },
    credential: auth,
  });
}
