// Reads the step 7 `vault { … }` block the learner may have edited, so the
// lab can apply exactly what the learner would paste into Nomad's config.
import type { NomadVaultBlock } from '../api/lab.ts';
import { SERVER_TOKEN_PLACEHOLDER } from './files/index.ts';
import { StepError } from './step-error.ts';

type Value = string | boolean | number;

/** The block with the placeholder replaced by the held server token. */
export function fillServerToken(blockHcl: string, serverToken: string): string {
  return blockHcl.replaceAll(SERVER_TOKEN_PLACEHOLDER, serverToken);
}

const GUIDE_VAULT_ADDR = 'http://127.0.0.1:8200';

/**
 * The sandbox may serve Vault on another port than the guide's default:
 * point the block's default address at the Vault that really answers.
 */
export function fillVaultAddress(blockHcl: string, vaultAddr: string): string {
  if (vaultAddr === GUIDE_VAULT_ADDR) return blockHcl;
  return blockHcl.replace(`"${GUIDE_VAULT_ADDR}"`, `"${vaultAddr}"`);
}

/** Parses `key = value` lines of the block into the lab's JSON shape. */
export function readVaultBlock(blockHcl: string): NomadVaultBlock {
  const body = /\bvault\s*\{([\s\S]*)\}/.exec(blockHcl)?.[1];
  if (body === undefined) {
    throw invalid('it has no `vault { … }` block');
  }
  const values = new Map<string, Value>();
  for (const line of body.split('\n')) {
    const text = line.replace(/#.*$/, '').trim();
    if (text === '') continue;
    const match = /^([a-z_]+)\s*=\s*(.+)$/.exec(text);
    if (!match?.[1] || !match[2]) throw invalid(`cannot read "${text}"`);
    values.set(match[1], parseValue(match[2].trim()));
  }
  return {
    enabled: values.get('enabled') === true,
    address: text(values, 'address'),
    task_token_ttl: text(values, 'task_token_ttl'),
    create_from_role: text(values, 'create_from_role'),
    token: text(values, 'token'),
  };
}

function parseValue(raw: string): Value {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^-?\d+$/.test(raw)) return Number(raw);
  const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(raw);
  if (quoted?.[1] !== undefined) return JSON.parse(`"${quoted[1]}"`) as string;
  throw invalid(`cannot read the value ${raw}`);
}

function text(values: Map<string, Value>, key: string): string {
  const value = values.get(key);
  if (typeof value === 'string') return value;
  throw invalid(`it needs ${key} = "…"`);
}

function invalid(reason: string): StepError {
  return new StepError(
    'invalid-file',
    `nomad-vault-block.hcl cannot be applied: ${reason}.`,
  );
}
