// How Go's text/template sees the values a template works with: structs
// refuse unknown fields, maps answer `<no value>`, and printing follows fmt.

/** A Go struct (e.g. consul-template's `*dependency.Secret`). */
export class GoStruct {
  constructor(
    readonly typeName: string,
    readonly fields: Readonly<Record<string, unknown>>,
  ) {}
}

/** Go's notion of an empty value, used by `if`, `with` and `range`. */
export function isTrue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof GoStruct) return true;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return Boolean(value);
}

/** Reads one field step; throws a Go-worded message on a bad step. */
export function fieldOf(value: unknown, name: string): unknown {
  if (value instanceof GoStruct) {
    if (Object.hasOwn(value.fields, name)) return value.fields[name];
    throw new Error(`can't evaluate field ${name} in type ${value.typeName}`);
  }
  if (value === undefined || value === null) {
    throw new Error(`nil pointer evaluating interface {}.${name}`);
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const map = value as Record<string, unknown>;
    return Object.hasOwn(map, name) ? map[name] : undefined;
  }
  throw new Error(`can't evaluate field ${name} in type ${goType(value)}`);
}

export function goType(value: unknown): string {
  if (Array.isArray(value)) return '[]interface {}';
  if (value instanceof GoStruct) return value.typeName;
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
      return Number.isInteger(value) ? 'int' : 'float64';
    case 'boolean':
      return 'bool';
    case 'object':
      return value === null ? 'interface {}' : 'map[string]interface {}';
    default:
      return 'interface {}';
  }
}

/** fmt.Fprint as text/template applies it to an action's result. */
export function goPrint(value: unknown, nested = false): string {
  if (value === undefined) return nested ? '<nil>' : '<no value>';
  if (value === null) return '<nil>';
  if (Array.isArray(value)) {
    return `[${value.map((item) => goPrint(item, true)).join(' ')}]`;
  }
  if (value instanceof GoStruct) {
    const fields = Object.values(value.fields);
    return `&{${fields.map((item) => goPrint(item, true)).join(' ')}}`;
  }
  if (typeof value === 'object') {
    const map = value as Record<string, unknown>;
    const pairs = Object.keys(map)
      .sort()
      .map((key) => `${key}:${goPrint(map[key], true)}`);
    return `map[${pairs.join(' ')}]`;
  }
  return String(value);
}
