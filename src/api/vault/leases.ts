// Lease lookup and revocation under sys/leases (contract §8.4).
// https://developer.hashicorp.com/vault/api-docs/system/leases
import { z } from 'zod';

import { request, type Credential } from '../http.ts';
import { envelopeSchema } from './envelope.ts';

const leaseSchema = envelopeSchema(
  z.looseObject({
    id: z.string(),
    issue_time: z.string(),
    expire_time: z.string().nullable(),
    renewable: z.boolean(),
    ttl: z.number(),
  }),
);
const listSchema = envelopeSchema(z.looseObject({ keys: z.array(z.string()) }));

export type LeaseLookup = z.infer<typeof leaseSchema>;

/** PUT sys/leases/lookup; 400 `invalid lease` once it is gone. */
export function lookupLease(
  auth: Credential,
  leaseId: string,
): Promise<LeaseLookup> {
  return request({
    backend: 'vault',
    method: 'PUT',
    path: '/v1/sys/leases/lookup',
    body: { lease_id: leaseId },
    credential: auth,
    schema: leaseSchema,
  });
}

/** LIST sys/leases/lookup/:prefix (sudo); 404 when there are none. */
export async function listLeases(
  auth: Credential,
  prefix: string,
): Promise<string[]> {
  const answer = await request({
    backend: 'vault',
    method: 'GET',
    path: `/v1/sys/leases/lookup/${prefix.replace(/\/?$/, '/')}?list=true`,
    credential: auth,
    schema: listSchema,
  });
  return answer.data.keys;
}

/** PUT sys/leases/revoke, waiting until the revocation is done. */
export function revokeLease(
  auth: Credential,
  leaseId: string,
): Promise<undefined> {
  return request({
    backend: 'vault',
    method: 'PUT',
    path: '/v1/sys/leases/revoke',
    body: { lease_id: leaseId, sync: true },
    credential: auth,
  });
}
