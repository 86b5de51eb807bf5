// The few answer shapes typed vault commands read beyond printing them.
import { z } from 'zod';

import { anyEnvelopeSchema, envelopeSchema } from '../../api/vault/envelope.ts';

export const lookupSchema = envelopeSchema(
  z.looseObject({ policies: z.array(z.string()) }),
);

export const keysSchema = envelopeSchema(
  z.looseObject({ keys: z.array(z.string()) }),
);

export type SecretAnswer = z.infer<typeof anyEnvelopeSchema>;

const ENVELOPE_KEYS = ['data', 'auth', 'lease_id', 'request_id'];

/**
 * Any answer of a logical path, absent for 204. The raw sys endpoints
 * (sys/health, sys/seal-status) answer flat JSON; it is shown as data.
 */
export const secretSchema = z
  .unknown()
  .transform((body): SecretAnswer | undefined => {
    if (body === undefined) return undefined;
    const isObject =
      typeof body === 'object' && body !== null && !Array.isArray(body);
    const isEnvelope =
      isObject && ENVELOPE_KEYS.some((key) => key in (body as object));
    const envelope = anyEnvelopeSchema.safeParse(body);
    if (isEnvelope && envelope.success) return envelope.data;
    return {
      lease_id: '',
      lease_duration: 0,
      renewable: false,
      data: isObject ? (body as Record<string, unknown>) : { value: body },
    };
  });
