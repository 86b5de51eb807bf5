// Go's encoding/json output, which consul-template's `toJSON` returns.
// It differs from JSON.stringify where it matters for C7: HTML characters
// and U+2028/U+2029 are escaped, and map keys come out sorted.
import { GoStruct } from './go-values.ts';

const SHORT: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

// Control characters, the HTML-sensitive three, the JS line separators
// and lone surrogates (which Go would have seen as invalid UTF-8).
const SPECIAL = String.raw`["\\\u0000-\u001f<>&\u2028\u2029]`;
const HIGH_ALONE = String.raw`[\ud800-\udbff](?![\udc00-\udfff])`;
const LOW_ALONE = String.raw`(?<![\ud800-\udbff])[\udc00-\udfff]`;
const NEEDS_ESCAPE = new RegExp(`${SPECIAL}|${HIGH_ALONE}|${LOW_ALONE}`, 'g');

export function goJsonString(text: string): string {
  const body = text.replace(NEEDS_ESCAPE, (ch) => {
    const short = SHORT[ch];
    if (short) return short;
    if (ch >= '\ud800' && ch <= '\udfff') return '\\ufffd';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${body}"`;
}

/** json.Marshal (compact) of a template value. */
export function goJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return goJsonString(value);
  if (typeof value === 'number' || typeof value === 'boolean') {
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(goJson).join(',')}]`;
  if (value instanceof GoStruct) return goJsonObject(value.fields, false);
  if (typeof value === 'object') {
    return goJsonObject(value as Record<string, unknown>, true);
  }
  throw new Error(`json: unsupported type: ${typeof value}`);
}

function goJsonObject(map: Record<string, unknown>, sorted: boolean) {
  const keys = Object.keys(map);
  if (sorted) keys.sort();
  const pairs = keys.map((key) => `${goJsonString(key)}:${goJson(map[key])}`);
  return `{${pairs.join(',')}}`;
}
