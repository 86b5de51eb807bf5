// Nomad's HTTP conventions: plain-text errors, Go-style JSON decoding,
// query metadata headers and blocking queries.
import type { Cluster } from './cluster.ts';
import { parseDuration } from './go-time.ts';
import { isObject, type Json, type JsonObject } from './json.ts';
import { knownFieldNames } from './jobspec/structs.ts';

export interface Context {
  cluster: Cluster;
  request: Request;
  url: URL;
  params: Record<string, string>;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function textError(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** A read's answer, with the index and leader headers Nomad sets. */
export function queryJson(ctx: Context, body: unknown, index?: number) {
  return json(ctx, body, {
    'X-Nomad-Index': String(index ?? ctx.cluster.state.index),
    'X-Nomad-KnownLeader': 'true',
    'X-Nomad-LastContact': '0',
  });
}

/** A write's answer: only the index header. */
export function writeJson(ctx: Context, body: unknown, index: number) {
  return json(ctx, body, { 'X-Nomad-Index': String(index) });
}

export function json(
  ctx: Context,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  const pretty = ctx.url.searchParams.has('pretty');
  const text = pretty ? JSON.stringify(body, null, 4) : JSON.stringify(body);
  return new Response(text, {
    status: 200,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

const requestFields = [
  'Job',
  'EnforceIndex',
  'JobModifyIndex',
  'PolicyOverride',
  'PreserveCounts',
  'EvalPriority',
  'Submission',
  'JobHCL',
  'Canonicalize',
  'HCLv1',
  'Variables',
  'Diff',
  'Prefix',
  'Context',
  'Source',
  'Format',
  'VariableFlags',
];
// Maps whose keys belong to the user, not to a Go struct.
const userMaps = new Set([
  'Config',
  'Env',
  'Meta',
  'CanaryMeta',
  'TaggedAddresses',
  'GetterOptions',
  'GetterHeaders',
  'Header',
  'VariableFlags',
  'ExtraClaims',
]);
const canonical = new Map(
  [...knownFieldNames, ...requestFields].map((n) => [n.toLowerCase(), n]),
);

/** Go's encoding/json matches field names case-insensitively. */
export function goFieldNames(value: Json): Json {
  if (Array.isArray(value)) return value.map(goFieldNames);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    const name = canonical.get(key.toLowerCase()) ?? key;
    out[name] = userMaps.has(name) ? inner : goFieldNames(inner);
  }
  return out;
}

export async function readBody(request: Request): Promise<JsonObject> {
  const text = await request.text();
  if (text.trim() === '') throw new HttpError(400, 'Request body is empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HttpError(400, goJsonError(text));
  }
  if (!isObject(parsed)) {
    throw new HttpError(
      400,
      'json: cannot unmarshal ' +
        goKind(parsed) +
        ' into Go value of type struct',
    );
  }
  return goFieldNames(parsed) as JsonObject;
}

const goKind = (value: unknown) =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

function goJsonError(text: string): string {
  const at = firstBadCharacter(text);
  if (at === undefined) return 'unexpected end of JSON input';
  return `invalid character '${text[at]}' looking for beginning of value`;
}

function firstBadCharacter(text: string): number | undefined {
  for (let end = 1; end <= text.length; end++) {
    try {
      JSON.parse(text.slice(0, end));
    } catch (error) {
      const message = String(error);
      if (!/Unexpected end|Unterminated|end of JSON/i.test(message)) {
        return end - 1;
      }
    }
  }
  return undefined;
}

/** Honours `?index=N&wait=D` the way Nomad's blocking queries do. */
export async function block(ctx: Context): Promise<void> {
  const query = ctx.url.searchParams;
  const rawIndex = query.get('index');
  const rawWait = query.get('wait');
  let waitMs = 300_000;
  if (rawWait !== null) {
    const nanos = parseDuration(rawWait);
    if (nanos === undefined) throw new HttpError(400, 'Invalid wait time');
    waitMs = Math.min(nanos / 1e6, 300_000);
  }
  if (rawIndex === null) return;
  const index = Number(rawIndex);
  if (!/^\d+$/.test(rawIndex)) throw new HttpError(400, 'Invalid index');
  if (index > 0) await ctx.cluster.waitForIndex(index, waitMs);
}
