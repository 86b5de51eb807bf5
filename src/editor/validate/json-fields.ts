import { z } from 'zod';

import { durationSeconds } from './duration.ts';

/** `"field" must be …`, the wording every shape message shares. */
function mustBe(field: string, what: string): string {
  return `"${field}" must be ${what}.`;
}

export function flagField(field: string) {
  return z.boolean({ error: mustBe(field, 'true or false') });
}

export function textField(field: string, missing?: string) {
  return z.string({
    error: (issue) =>
      issue.input === undefined && missing !== undefined
        ? missing
        : mustBe(field, 'a string in double quotes'),
  });
}

/** Vault takes name lists as JSON arrays or comma-separated strings. */
export function namesField(field: string) {
  const message = mustBe(field, 'a list of names or a comma-separated string');
  return z.union([z.array(z.string()), z.string()], { error: message });
}

/** Vault duration fields: seconds, or a string such as `72h`. */
export function durationField(field: string) {
  const message = mustBe(field, 'seconds (e.g. 259200) or a duration ("72h")');
  return z
    .union([z.number(), z.string()], { error: message })
    .refine((value) => durationSeconds(value) !== null, { error: message });
}

export function countField(field: string) {
  return z
    .number({ error: mustBe(field, 'a whole number') })
    .int({ error: mustBe(field, 'a whole number') })
    .nonnegative({ error: mustBe(field, 'zero or more') });
}
