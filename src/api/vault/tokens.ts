// Token lookups and creation under auth/token.
// https://developer.hashicorp.com/vault/api-docs/auth/token
import { z } from 'zod';

import { request, type Credential } from '../http.ts';
import { authBlockSchema, envelopeSchema } from './envelope.ts';

export const tokenDataSchema = z.looseObject({
  id: z.string(),
  accessor: z.string(),
  display_name: z.string(),
  policies: z.array(z.string()),
  orphan: z.boolean(),
  ttl: z.number(),
  period: z.number().optional(),
  role: z.string().optional(),
  path: z.string(),
});

const lookupSchema = envelopeSchema(tokenDataSchema);
const createSchema = envelopeSchema(z.unknown()).extend({
  auth: authBlockSchema,
});

export type TokenLookup = z.infer<typeof lookupSchema>;
export type TokenCreated = z.infer<typeof createSchema>;

/** Body of the token create endpoints (field names as Vault spells them). */
export interface TokenCreateRequest {
  policies?: string[];
  period?: string;
  ttl?: string;
  no_parent?: boolean;
  renewable?: boolean;
  display_name?: string;
}

/** GET auth/token/lookup-self: who the credential is. */
export function lookupSelf(auth: Credential): Promise<TokenLookup> {
  return request({
    backend: 'vault',
    method: 'GET',
    path: '/v1/auth/token/lookup-self',
    credential: auth,
    schema: lookupSchema,
  });
}

/** POST auth/token/lookup: another token's properties (403 when gone). */
export function lookupToken(
  auth: Credential,
  token: string,
): Promise<TokenLookup> {
  return request({
    backend: 'vault',
    method: 'POST',
    path: '/v1/auth/token/lookup',
    body: { token },
    credential: auth,
    schema: lookupSchema,
  });
}

/** POST auth/token/create: a child (or with no_parent, orphan) token. */
export function createToken(
  auth: Credential,
  body: TokenCreateRequest,
): Promise<TokenCreated> {
  return create(auth, '/v1/auth/token/create', body);
}

/** POST auth/token/create-orphan. */
export function createOrphanToken(
  auth: Credential,
  body: TokenCreateRequest,
): Promise<TokenCreated> {
  return create(auth, '/v1/auth/token/create-orphan', body);
}

/** POST auth/token/create/:role, the path Nomad servers use. */
export function createTokenFromRole(
  auth: Credential,
  roleName: string,
  body: TokenCreateRequest,
): Promise<TokenCreated> {
  const path = `/v1/auth/token/create/${encodeURIComponent(roleName)}`;
  return create(auth, path, body);
}

function create(
  auth: Credential,
  path: string,
  body: TokenCreateRequest,
): Promise<TokenCreated> {
  return request({
    backend: 'vault',
    method: 'POST',
    path,
    body,
    credential: auth,
    schema: createSchema,
  });
}
