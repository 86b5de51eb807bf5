// Splits what xterm's onData delivers (typed keys, escape sequences,
// pasted text) into the keys the line editor acts on.

export type KeyKind =
  | 'text'
  | 'enter'
  | 'backspace'
  | 'delete'
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'tab'
  | 'interrupt'
  | 'clear-screen'
  | 'kill-before'
  | 'kill-after'
  | 'kill-word'
  | 'end-of-input'
  | 'ignored';

export interface Key {
  kind: KeyKind;
  /** The characters that made the key (the text itself for `text`). */
  raw: string;
}

const CONTROL: Record<string, KeyKind> = {
  '\r': 'enter',
  '\n': 'enter',
  '\u007f': 'backspace',
  '\b': 'backspace',
  '\t': 'tab',
  '\u0001': 'home',
  '\u0002': 'left',
  '\u0003': 'interrupt',
  '\u0004': 'end-of-input',
  '\u0005': 'end',
  '\u0006': 'right',
  '\u000b': 'kill-after',
  '\u000c': 'clear-screen',
  '\u000e': 'down',
  '\u0010': 'up',
  '\u0015': 'kill-before',
  '\u0017': 'kill-word',
};

// Final bytes of CSI / SS3 sequences, and `CSI n ~` codes.
const FINAL: Record<string, KeyKind> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
};
const TILDE: Record<string, KeyKind> = {
  '1': 'home',
  '7': 'home',
  '4': 'end',
  '8': 'end',
  '3': 'delete',
};

const ESC = '\u001b';
// What follows ESC: a CSI sequence, an SS3 sequence, or one character.
const AFTER_ESCAPE = /^(?:\[([0-9;]*)([A-Za-z~])|O([A-Za-z])|[\s\S]?)/;

export function decodeKeys(data: string): Key[] {
  const keys: Key[] = [];
  let index = 0;
  while (index < data.length) {
    const rest = data.slice(index);
    const char = rest[0] ?? '';
    if (char === ESC) {
      const match = AFTER_ESCAPE.exec(rest.slice(1)) as RegExpExecArray;
      keys.push({ kind: escapeKind(match), raw: ESC + match[0] });
      index += 1 + match[0].length;
      continue;
    }
    const isCrLf = char === '\r' && rest[1] === '\n';
    const control = CONTROL[char];
    if (control) keys.push({ kind: control, raw: isCrLf ? '\r\n' : char });
    else if (char >= ' ') pushText(keys, char);
    index += isCrLf ? 2 : 1;
  }
  return keys;
}

function escapeKind(match: RegExpExecArray): KeyKind {
  const [, params = '', final, ss3] = match;
  const letter = ss3 ?? final;
  if (letter === '~') return TILDE[params.split(';')[0] ?? ''] ?? 'ignored';
  return (letter && FINAL[letter]) || 'ignored';
}

/** Consecutive printable characters become one text key. */
function pushText(keys: Key[], char: string): void {
  const last = keys[keys.length - 1];
  if (last?.kind === 'text') last.raw += char;
  else keys.push({ kind: 'text', raw: char });
}
