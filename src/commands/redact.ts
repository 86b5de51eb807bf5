// What history keeps of a line: no token, key or password. Positional
// secrets of `vault login` / `vault operator unseal` are dropped (running
// the line again then prompts); other secret values become `****`.
import { expandWord } from './shell/expand.ts';
import { lex, type Lexeme, type Word } from './shell/lex.ts';
import { splitAssignment } from './shell/parse-line.ts';

export const REDACTED = '****';

interface Edit {
  start: number;
  end: number;
  text: string;
}

const SECRET_KEYS = new Set([
  'password',
  'token',
  'client_token',
  'secret_id',
  'key',
  'root_token',
  'private_key',
  'unseal_key',
]);
const TOKEN_HEADER = /^\s*(x-vault-token|x-nomad-token|authorization)\s*:/i;
// Go flags whose value may follow as the next word.
const VALUE_FLAGS = new Set(
  ('method path format field address namespace policy period role ttl ' +
    'display-name metadata type id explicit-max-ttl use-limit wrap-ttl ' +
    'key-shares key-threshold n t accessor output')
    .split(' ')
    .map((name) => `-${name}`),
);

export function isSecretKey(key: string): boolean {
  const lower = key.toLowerCase();
  return (
    SECRET_KEYS.has(lower) ||
    /_(password|token|secret)$/.test(lower)
  );
}

export function isSecretVariable(name: string): boolean {
  return /TOKEN|PASSWORD|SECRET|_KEY$/i.test(name);
}

/** The line with secret arguments and every known secret value removed. */
export function redactLine(
  line: string,
  knownSecrets: readonly string[],
): string {
  const edits = commandsOf(lex(line).lexemes).flatMap(editsFor);
  let text = line;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  }
  const secrets = [...new Set(knownSecrets)]
    .filter((secret) => secret.length >= 4)
    .sort((a, b) => b.length - a.length);
  for (const secret of secrets) text = text.split(secret).join(REDACTED);
  return text;
}

function commandsOf(lexemes: Lexeme[]): Word[][] {
  const commands: Word[][] = [[]];
  let isRedirectTarget = false;
  for (const lexeme of lexemes) {
    if (lexeme.kind === 'operator') {
      isRedirectTarget = lexeme.op === '<';
      if (!isRedirectTarget) commands.push([]);
    } else if (isRedirectTarget) {
      isRedirectTarget = false;
    } else {
      commands[commands.length - 1]?.push(lexeme);
    }
  }
  return commands;
}

function valueOf(word: Word): string {
  try {
    return expandWord(word.raw, () => undefined);
  } catch {
    return word.raw;
  }
}

function editsFor(words: Word[]): Edit[] {
  const edits: Edit[] = [];
  let index = 0;
  for (; index < words.length; index += 1) {
    const word = words[index] as Word;
    const assignment = splitAssignment(word.raw);
    if (!assignment) break;
    if (isSecretVariable(assignment.name)) {
      edits.push(replace(word, `${assignment.name}=${REDACTED}`));
    }
  }
  const rest = words.slice(index);
  const values = rest.map(valueOf);
  const program = values[0] === 'sudo' ? values[1] : values[0];
  if (program === 'vault') edits.push(...vaultEdits(rest, values));
  if (program === 'curl') edits.push(...curlEdits(rest, values));
  if (program === 'export') edits.push(...exportEdits(rest));
  return edits;
}

function vaultEdits(words: Word[], values: string[]): Edit[] {
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

function curlEdits(words: Word[], values: string[]): Edit[] {
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

function exportEdits(words: Word[]): Edit[] {
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

function replace(word: Word, text: string): Edit {
  return { start: word.start, end: word.end, text };
}

/** Removes the word and the blank before it. */
function drop(words: Word[], index: number): Edit {
  const word = words[index] as Word;
  const before = words[index - 1];
  return { start: before ? before.end : word.start, end: word.end, text: '' };
}
