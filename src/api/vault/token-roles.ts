// Token roles: auth/token/roles/:name (contract §4).
// https://developer.hashicorp.com/vault/api-docs/auth/token#create-update-token-role
import { z } from 'zod';

import { request, type Credential } from '../http.ts';
import { envelopeSchema } from './envelope.ts';

export const tokenRoleSchema = z.looseObject({
  name: z.string().optional(),
  allowed_policies: z.array(z.string()),
  disallowed_policies: z.array(z.string()).optional(),
  orphan: z.boolean(),
  renewable: z.boolean(),
  token_period: z.number(),
  token_explicit_max_ttl: z.number(),
});

const readSchema = envelopeSchema(tokenRoleSchema);

export type TokenRoleData = z.infer<typeof tokenRoleSchema>;
export type TokenRoleRead = z.infer<typeof readSchema>;

function rolePath(name: string): string {
  return `/v1/auth/token/roles/${encodeURIComponent(name)}`;
}

/** GET the role; 404 (ApiError) when it does not exist. */
export function readTokenRole(
  auth: Credential,
  name: string,
): Promise<TokenRoleRead> {
  return request({
    backend: 'vault',
    method: 'GET',
    path: rolePath(name),
    credential: auth,
    schema: readSchema,
  });
}

/** PUT the role with the JSON object as given (Vault answers 204). */
export function writeTokenRole(
  auth: Credential,
  name: string,
  body: Record<string, unknown>,
): Promise<undefined> {
  return request({
    backend: 'vault',
    method: 'PUT',
    path: rolePath(name),
    body,
    credential: auth,
  });
}
