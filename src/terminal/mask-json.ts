import { maskSecret, maskText } from './mask.ts';
import { isSecretField } from './secret-fields.ts';

export interface MaskPolicy {
  /** Values masked wherever they appear, e.g. the held root token. */
  hidden: readonly string[];
  /** Values the learner revealed; shown even in a credential field. */
  shown: ReadonlySet<string>;
}

/**
 * A copy of a JSON body with every credential field masked (by name) and
 * every hidden value masked inside any other string.
 */
export function maskJson(body: unknown, policy: MaskPolicy): unknown {
  return visit(body, false, policy);
}

function visit(value: unknown, isSecret: boolean, policy: MaskPolicy): unknown {
  if (typeof value === 'string') {
    if (isSecret && value !== '' && !policy.shown.has(value)) {
      return maskSecret(value);
    }
    return maskText(value, policy.hidden);
  }
  if (Array.isArray(value)) {
    return value.map((item) => visit(item, isSecret, policy));
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, item]) => [
      name,
      visit(item, isSecretField(name), policy),
    ]),
  );
}
