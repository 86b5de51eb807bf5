// Go's fmt verbs applied to decoded JSON, the way both CLIs print values
// they did not model: `%v` and `%q`.

/** `%v` of a JSON value: lists `[a b]`, maps `map[k:v]`, null `<nil>`. */
export function goValue(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (Array.isArray(value)) {
    return `[${value.map((item) => goValue(item)).join(' ')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .sort(([left], [right]) => compareBytes(left, right))
      .map(([key, item]) => `${key}:${goValue(item)}`);
    return `map[${entries.join(' ')}]`;
  }
  return String(value);
}

/** `%q` of a string list: `["default" "nomad-server"]`, `[]` if none. */
export function goQuotedList(
  list: readonly string[] | null | undefined,
): string {
  return `[${(list ?? []).map(goQuote).join(' ')}]`;
}

/** `%q` of one string (strconv.Quote). */
export function goQuote(text: string): string {
  let quoted = '"';
  for (const char of text) quoted += quoteChar(char);
  return `${quoted}"`;
}

/** Go sorts map keys by bytes, which for JSON keys is code unit order. */
export function compareBytes(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

const escapes: Record<string, string> = {
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
  '"': '\\"',
};

function quoteChar(char: string): string {
  const escaped = escapes[char];
  if (escaped !== undefined) return escaped;
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) {
    return `\\x${code.toString(16).padStart(2, '0')}`;
  }
  return char;
}
