// What history keeps of a line: no token, key or password. Positional
// secrets of `vault login` / `vault operator unseal` are dropped (running
// the line again then prompts); other secret values become `****`.
import { expandWord } from './shell/expand.ts';
import { lex, type Lexeme, type Word } from './shell/lex.ts';
import { splitAssignment } from './shell/parse-line.ts';
import { curlEdits, exportEdits, replace, vaultEdits } from './redact-rules.ts';
import { isSecretVariable, REDACTED, type Edit } from './secret-names.ts';

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
