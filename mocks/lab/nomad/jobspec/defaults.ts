// Filling unset (null, missing or empty) fields, as Canonicalize does.
import { obj, type JsonObject } from '../json.ts';

export const S = 1_000_000_000;
export const M = 60 * S;
export const H = 60 * M;

export function defaults(target: JsonObject, values: JsonObject) {
  for (const [key, value] of Object.entries(values)) {
    if (
      target[key] === null ||
      target[key] === undefined ||
      target[key] === ''
    ) {
      target[key] = value;
    }
  }
}

export const nested = (o: JsonObject, key: string, values: JsonObject) => {
  const existing = obj(o, key);
  const target = existing ?? {};
  defaults(target, values);
  o[key] = target;
  return target;
};
