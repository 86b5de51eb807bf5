// The few answer shapes typed vault commands read beyond printing them.
import { z } from 'zod';

import { anyEnvelopeSchema, envelopeSchema } from '../../api/vault/envelope.ts';

export const lookupSchema = envelopeSchema(
  z.looseObject({ policies: z.array(z.string()) }),
);

export const keysSchema = envelopeSchema(
  z.looseObject({ keys: z.array(z.string()) }),
);

/** Any logical answer; absent (204) is allowed. */
export const secretSchema = anyEnvelopeSchema.optional();

export type SecretAnswer = z.infer<typeof anyEnvelopeSchema>;
