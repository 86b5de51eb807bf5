// Which words of a vault, curl or export command hold secrets.
import {
  REDACTED,
  isSecretKey,
  isSecretVariable,
  type Edit,
} from './secret-names.ts';
import type { Word } from './shell/lex.ts';
import { splitAssignment } from './shell/parse-line.ts';

const TOKEN_HEADER = /^\s*(x-vault-token|x-nomad-token|authorization)\s*:/i;
// Go flags whose value may follow as the next word.
const VALUE_FLAGS = new Set(
  (
    'method path format field address namespace policy period role ttl ' +
    'display-name metadata type id explicit-max-ttl use-limit wrap-ttl ' +
    'key-shares key-threshold n t accessor output'
  )
    .split(' ')
    .map((name) => `-${name}`),
);

export function vaultEdits(words: Word[], values: string[]): Edit[] {
  const edits: Edit[] = [];
  const group = values[1] ?? '';
  const hasSubcommand = ['operator', 'token', 'policy', 'secrets', 'lease'];
  const first = hasSubcommand.includes(group) ? 3 : 2;
  const command = values.slice(1, first).join(' ');
  let positional = 0;
  for (let index = first; index < words.length; index += 1) {
    const word = words[index] as Word;
    const value = values[index] ?? '';
    if (value.startsWith('-') && value !== '-') {
      if (/^--?id=/.test(value)) edits.push(replace(word, `-id=${REDACTED}`));
      if (VALUE_FLAGS.has(value.replace(/^--/, '-'))) index += 1;
      continue;
    }
    positional += 1;
    const keyValue = /^([^=]+)=(.*)$/s.exec(value);
    if (keyValue?.[1] && isSecretKey(keyValue[1])) {
      if (!keyValue[2]?.startsWith('@')) {
        edits.push(replace(word, `${keyValue[1]}=${REDACTED}`));
      }
      continue;
    }
    if (positional !== 1) continue;
    if (command === 'login' || command === 'operator unseal') {
      edits.push(drop(words, index));
    } else if (/^(token (lookup|revoke|renew)|unwrap)$/.test(command)) {
      edits.push(replace(word, REDACTED));
    }
  }
  return edits;
}

export function curlEdits(words: Word[], values: string[]): Edit[] {
  const edits: Edit[] = [];
  for (let index = 1; index < words.length; index += 1) {
    const flag = values[index] ?? '';
    const next = words[index + 1];
    const value = values[index + 1] ?? '';
    if (!next) break;
    if (['-H', '--header'].includes(flag) && TOKEN_HEADER.test(value)) {
      const name = value.slice(0, value.indexOf(':'));
      edits.push(replace(next, `'${name}: ${REDACTED}'`));
    }
    if (/^(-d|--data(-raw|-binary)?)$/.test(flag)) {
      const masked = maskJsonSecrets(value);
      if (masked !== value) edits.push(replace(next, quote(masked)));
    }
  }
  return edits;
}

export function exportEdits(words: Word[]): Edit[] {
  return words.slice(1).flatMap((word) => {
    const assignment = splitAssignment(word.raw);
    return assignment && isSecretVariable(assignment.name)
      ? [replace(word, `${assignment.name}=${REDACTED}`)]
      : [];
  });
}

function maskJsonSecrets(body: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  if (typeof parsed !== 'object' || parsed === null) return body;
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (!entries.some(([key]) => isSecretKey(key))) return body;
  const masked = entries.map(([key, value]) => [
    key,
    isSecretKey(key) ? REDACTED : value,
  ]);
  return JSON.stringify(Object.fromEntries(masked));
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'"'"'`)}'`;
}

export function replace(word: Word, text: string): Edit {
  return { start: word.start, end: word.end, text };
}

/** Removes the word and the blank before it. */
function drop(words: Word[], index: number): Edit {
  const word = words[index] as Word;
  const before = words[index - 1];
  return { start: before ? before.end : word.start, end: word.end, text: '' };
}
