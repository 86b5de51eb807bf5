// The database secrets engine: connection config, roles, credentials
// (contract §8). https://developer.hashicorp.com/vault/api-docs/secret/databases
import { z } from 'zod';

import { request, type Credential } from '../http.ts';
import { anyEnvelopeSchema, envelopeSchema } from './envelope.ts';

const configSchema = envelopeSchema(
  z.looseObject({
    plugin_name: z.string(),
    allowed_roles: z.array(z.string()),
    connection_details: z.looseObject({ connection_url: z.string() }),
  }),
);
const roleSchema = envelopeSchema(
  z.looseObject({
    db_name: z.string(),
    creation_statements: z.array(z.string()),
    default_ttl: z.number(),
    max_ttl: z.number(),
  }),
);
const credsSchema = envelopeSchema(
  z.looseObject({ username: z.string(), password: z.string() }),
);

export type DatabaseConfigRead = z.infer<typeof configSchema>;
export type DatabaseRoleRead = z.infer<typeof roleSchema>;
export type DatabaseCreds = z.infer<typeof credsSchema>;
export type WriteAnswer = z.infer<typeof anyEnvelopeSchema> | undefined;

const base = '/v1/database';
const segment = encodeURIComponent;

/** PUT database/config/:name; 204, or 200 carrying warnings. */
export function writeDatabaseConfig(
  auth: Credential,
  name: string,
  body: Record<string, unknown>,
): Promise<WriteAnswer> {
  return write(auth, `${base}/config/${segment(name)}`, body);
}

export function readDatabaseConfig(
  auth: Credential,
  name: string,
): Promise<DatabaseConfigRead> {
  return request({
    backend: 'vault',
    method: 'GET',
    path: `${base}/config/${segment(name)}`,
    credential: auth,
    schema: configSchema,
  });
}

/** PUT database/roles/:name. */
export function writeDatabaseRole(
  auth: Credential,
  name: string,
  body: Record<string, unknown>,
): Promise<WriteAnswer> {
  return write(auth, `${base}/roles/${segment(name)}`, body);
}

export function readDatabaseRole(
  auth: Credential,
  name: string,
): Promise<DatabaseRoleRead> {
  return request({
    backend: 'vault',
    method: 'GET',
    path: `${base}/roles/${segment(name)}`,
    credential: auth,
    schema: roleSchema,
  });
}

/** GET database/creds/:role: creates a new database user every time. */
export function readDatabaseCreds(
  auth: Credential,
  role: string,
): Promise<DatabaseCreds> {
  return request({
    backend: 'vault',
    method: 'GET',
    path: `${base}/creds/${segment(role)}`,
    credential: auth,
    schema: credsSchema,
  });
}

function write(
  auth: Credential,
  path: string,
  body: Record<string, unknown>,
): Promise<WriteAnswer> {
  return request({
    backend: 'vault',
    method: 'PUT',
    path,
    body,
    credential: auth,
    schema: anyEnvelopeSchema.optional(),
  });
}
