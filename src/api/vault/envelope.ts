// Vault's answer shapes shared by the logical endpoints (contract §0.2).
import { z } from 'zod';

export const authBlockSchema = z.looseObject({
  client_token: z.string(),
  accessor: z.string(),
  policies: z.array(z.string()).nullable(),
  token_policies: z.array(z.string()).optional(),
  lease_duration: z.number(),
  renewable: z.boolean(),
  orphan: z.boolean().optional(),
});

/** The envelope around `data`/`auth`; unknown keys are kept as sent. */
export function envelopeSchema<D extends z.ZodType>(data: D) {
  return z.looseObject({
    request_id: z.string().optional(),
    lease_id: z.string(),
    lease_duration: z.number(),
    renewable: z.boolean(),
    data,
    warnings: z.array(z.string()).nullable().optional(),
    auth: authBlockSchema.nullable().optional(),
  });
}

export const anyEnvelopeSchema = envelopeSchema(
  z.record(z.string(), z.unknown()).nullable(),
);

export type VaultEnvelope = z.infer<typeof anyEnvelopeSchema>;
export type AuthBlock = z.infer<typeof authBlockSchema>;
