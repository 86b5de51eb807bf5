// Plain JSON as Nomad's Go structs encode it: field names in Go's spelling,
// nil slices and maps as null.
export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const str = (o: JsonObject | null | undefined, key: string) => {
  const value = o?.[key];
  return typeof value === 'string' ? value : undefined;
};

export const num = (o: JsonObject | null | undefined, key: string) => {
  const value = o?.[key];
  return typeof value === 'number' ? value : undefined;
};

export const bool = (o: JsonObject | null | undefined, key: string) => {
  const value = o?.[key];
  return typeof value === 'boolean' ? value : undefined;
};

export const obj = (o: JsonObject | null | undefined, key: string) => {
  const value = o?.[key];
  return isObject(value) ? value : undefined;
};

export const objects = (o: JsonObject | null | undefined, key: string) => {
  const value = o?.[key];
  return Array.isArray(value) ? value.filter(isObject) : [];
};

export const strings = (o: JsonObject | null | undefined, key: string) => {
  const value = o?.[key];
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
};

export const clone = <T extends Json>(value: T): T => structuredClone(value);

/** Deep equality of two JSON values (key order ignored). */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameJson(a[k], b[k]));
  }
  return false;
}
