import { z } from 'zod';

import { durationSeconds } from './duration.ts';
import {
  countField,
  durationField,
  flagField,
  namesField,
  textField,
} from './json-fields.ts';
import { parseJsonFile, schemaProblems } from './json-file.ts';
import { problemAtKey } from './json-keys.ts';
import { closestWord } from './suggest.ts';
import type { FileProblem } from './types.ts';

// Fields of auth/token/roles/:name; `name` is not one, but the guide's
// file carries it and Vault ignores it quietly.
const tokenRoleFields = {
  name: textField('name'),
  allowed_policies: namesField('allowed_policies'),
  disallowed_policies: namesField('disallowed_policies'),
  allowed_policies_glob: namesField('allowed_policies_glob'),
  disallowed_policies_glob: namesField('disallowed_policies_glob'),
  allowed_entity_aliases: namesField('allowed_entity_aliases'),
  orphan: flagField('orphan'),
  renewable: flagField('renewable'),
  path_suffix: textField('path_suffix'),
  token_period: durationField('token_period'),
  period: durationField('period'),
  token_explicit_max_ttl: durationField('token_explicit_max_ttl'),
  explicit_max_ttl: durationField('explicit_max_ttl'),
  token_type: z.enum(['service', 'batch', 'default-service', 'default-batch'], {
    error:
      '"token_type" must be service, batch, default-service or default-batch.',
  }),
  token_no_default_policy: flagField('token_no_default_policy'),
  token_num_uses: countField('token_num_uses'),
  token_bound_cidrs: namesField('token_bound_cidrs'),
  bound_cidrs: namesField('bound_cidrs'),
};

const tokenRoleSchema = z
  .looseObject(tokenRoleFields, {
    error: 'A token role is a JSON object, e.g. {"token_period": 259200}.',
  })
  .partial();

const fieldNames = Object.keys(tokenRoleFields);

/**
 * Checks a token role file (`vault write auth/token/roles/…`): field
 * types, unknown fields, and what Nomad's legacy Vault integration
 * demands of `create_from_role` (case C5).
 */
export function validateTokenRole(text: string): FileProblem[] {
  const parsed = parseJsonFile(text);
  if (!parsed.ok) return [parsed.problem];
  const issues = tokenRoleSchema.safeParse(parsed.value).error?.issues ?? [];
  if (!isRecord(parsed.value)) return schemaProblems(text, issues);
  // Nomad's checks read the raw object, so they show beside type errors.
  return [
    ...schemaProblems(text, issues),
    ...unknownFieldProblems(text, parsed.value),
    ...nomadRoleProblems(text, parsed.value),
  ];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownFieldProblems(
  text: string,
  role: Record<string, unknown>,
): FileProblem[] {
  return Object.keys(role)
    .filter((key) => !fieldNames.includes(key))
    .map((key) => {
      const guess = closestWord(key, fieldNames);
      const hint = guess ? ` Did you mean "${guess}"?` : '';
      const message =
        `Vault ignores "${key}": it is not a token role field.` + hint;
      return problemAtKey(text, key, message, 'warning');
    });
}

const nomadRefuses = 'Nomad will refuse this role:';

function nomadRoleProblems(
  text: string,
  role: Record<string, unknown>,
): FileProblem[] {
  const problems: FileProblem[] = [];
  const periodKey = 'token_period' in role ? 'token_period' : 'period';
  if (!(secondsOf(role[periodKey]) > 0)) {
    const message =
      `${nomadRefuses} "Role must have a non-zero period to make tokens ` +
      'periodic." Set "token_period" to 259200 (72h).';
    const at = periodKey in role ? periodKey : undefined;
    problems.push(problemAtKey(text, at, message, 'warning'));
  }
  for (const key of ['token_explicit_max_ttl', 'explicit_max_ttl']) {
    if (secondsOf(role[key]) > 0) {
      const message =
        `${nomadRefuses} "Role can not use an explicit max ttl. Token must ` +
        `be periodic." Set "${key}" to 0.`;
      problems.push(problemAtKey(text, key, message, 'warning'));
    }
  }
  if (role.renewable === false) {
    const message =
      `${nomadRefuses} "Role must allow tokens to be renewed". ` +
      'Set "renewable" to true.';
    problems.push(problemAtKey(text, 'renewable', message, 'warning'));
  }
  return problems;
}

function secondsOf(value: unknown): number {
  if (typeof value !== 'number' && typeof value !== 'string') return 0;
  return durationSeconds(value) ?? 0;
}
