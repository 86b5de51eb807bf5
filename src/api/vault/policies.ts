// ACL policies under sys/policies/acl (contract §3.1).
// https://developer.hashicorp.com/vault/api-docs/system/policies
import { z } from 'zod';

import { request, type Credential } from '../http.ts';
import { envelopeSchema } from './envelope.ts';

const policySchema = envelopeSchema(
  z.looseObject({ name: z.string(), policy: z.string() }),
);
const listSchema = envelopeSchema(z.looseObject({ keys: z.array(z.string()) }));

export type PolicyRead = z.infer<typeof policySchema>;

function policyPath(name: string): string {
  return `/v1/sys/policies/acl/${encodeURIComponent(name)}`;
}

/** GET one policy's HCL; 404 (ApiError) when it does not exist. */
export function readPolicy(
  auth: Credential,
  name: string,
): Promise<PolicyRead> {
  return request({
    backend: 'vault',
    method: 'GET',
    path: policyPath(name),
    credential: auth,
    schema: policySchema,
  });
}

/** PUT the policy text (Vault answers 204). */
export function writePolicy(
  auth: Credential,
  name: string,
  policy: string,
): Promise<undefined> {
  return request({
    backend: 'vault',
    method: 'PUT',
    path: policyPath(name),
    body: { policy },
    credential: auth,
  });
}

/** The names of all ACL policies. */
export async function listPolicies(auth: Credential): Promise<string[]> {
  const answer = await request({
    backend: 'vault',
    method: 'GET',
    path: '/v1/sys/policies/acl?list=true',
    credential: auth,
    schema: listSchema,
  });
  return answer.data.keys;
}
