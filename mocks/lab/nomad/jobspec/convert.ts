// Turns attribute values into the types the api structs hold, converting
// the way HCL does (numbers and bools into strings and back).
import type {
  HclDiagnostic,
  HclSyntaxAttribute,
  HclValue,
} from '../../../../src/lib/hcl/index.ts';
import { parseDuration } from '../go-time.ts';
import type { Json } from '../json.ts';
import { unsuitableDuration, unsuitableValue } from './hcl-words.ts';
import type { Kind } from './schema.ts';

type Converted = { ok: true; value: Json } | { ok: false; why: string };

const asString = (v: HclValue): string | undefined =>
  typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : undefined;

function convertValue(value: HclValue, kind: Kind): Converted {
  if (value === null) return { ok: true, value: null };
  switch (kind) {
    case 'string': {
      const text = asString(value);
      return text === undefined
        ? { ok: false, why: 'string required' }
        : { ok: true, value: text };
    }
    case 'number': {
      const n = typeof value === 'string' ? Number(value) : value;
      return typeof n === 'number' && Number.isFinite(n)
        ? { ok: true, value: n }
        : { ok: false, why: 'a number is required' };
    }
    case 'bool': {
      if (typeof value === 'boolean') return { ok: true, value };
      if (value === 'true' || value === 'false') {
        return { ok: true, value: value === 'true' };
      }
      return { ok: false, why: 'a bool is required' };
    }
    case 'strings': {
      if (!Array.isArray(value)) {
        return { ok: false, why: 'list of string required' };
      }
      const items = value.map(asString);
      return items.every((i) => i !== undefined)
        ? { ok: true, value: items as string[] }
        : { ok: false, why: 'list of string required' };
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        return { ok: false, why: 'map of string required' };
      }
      return { ok: true, value: mapOfStrings(value) };
    }
    default:
      return { ok: true, value };
  }
}

export function mapOfStrings(value: { [key: string]: HclValue }): Json {
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, asString(v) ?? (v as Json)]),
  );
}

/** The attribute's value for a field of `kind`, or a diagnostic. */
export function convertAttribute(
  attr: HclSyntaxAttribute,
  kind: Kind,
): { value: Json } | { diagnostic: HclDiagnostic } {
  if (kind === 'duration') {
    if (typeof attr.value === 'number') return { value: attr.value };
    const text = asString(attr.value) ?? '';
    const nanos = parseDuration(text);
    return nanos === undefined
      ? { diagnostic: unsuitableDuration(attr.valueRange, text) }
      : { value: nanos };
  }
  const converted = convertValue(attr.value, kind);
  return converted.ok
    ? { value: converted.value }
    : { diagnostic: unsuitableValue(attr.valueRange, converted.why) };
}
