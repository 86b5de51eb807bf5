// encoding/json's MarshalIndent output: keys in the order given (build
// structs in Go field order, sort maps first), HTML characters escaped.

/** Serialises like Go's `json.MarshalIndent(value, "", indent)`. */
export function goJson(value: unknown, indent = '  '): string {
  return encode(value, indent, '');
}

/** A copy whose nested objects have their keys sorted, as Go maps do. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    sorted[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
  }
  return sorted;
}

function encode(value: unknown, indent: string, prefix: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return encodeString(value);
  if (typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = prefix + indent;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => inner + encode(item, indent, inner));
    return `[\n${items.join(',\n')}\n${prefix}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const fields = entries.map(
    ([key, item]) =>
      `${inner}${encodeString(key)}: ${encode(item, indent, inner)}`,
  );
  return `{\n${fields.join(',\n')}\n${prefix}}`;
}

function encodeString(text: string): string {
  return escapeForGo(JSON.stringify(text));
}

/** Like Go's `json.Marshal`: compact, keys in the order given. */
export function goJsonCompact(value: unknown): string {
  // <, > and & only occur inside JSON strings, so escaping the whole
  // text is the same as escaping each string.
  return escapeForGo(JSON.stringify(value ?? null));
}

function escapeForGo(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
