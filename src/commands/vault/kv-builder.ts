// The body of `vault write PATH k=v @file.json …` (contract §0.5): a
// bare `@file` or `-` merges a JSON object, `k=@file` and `k=-` take raw
// text, `k=v` a string, and a repeated key a list of strings.
import { CliFailure, type Invocation } from '../command.ts';
import { readFile } from '../shell-state.ts';

export class KvError extends Error {
  override name = 'KvError';
}

export interface KvSources {
  file(name: string): string | undefined;
  stdin: string | undefined;
}

export function buildKvData(
  args: readonly string[],
  sources: KvSources,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const arg of args) {
    if (arg === '-' || arg.startsWith('@')) {
      const name = arg === '-' ? 'stdin' : arg.slice(1);
      Object.assign(data, parseObject(readSource(arg, sources), name));
      continue;
    }
    const equals = arg.indexOf('=');
    if (equals <= 0) {
      throw new KvError(
        `invalid key/value pair "${arg}": format must be key=value`,
      );
    }
    const key = arg.slice(0, equals);
    const raw = arg.slice(equals + 1);
    const value =
      raw === '-' || raw.startsWith('@') ? readSource(raw, sources) : raw;
    data[key] = merge(data[key], value);
  }
  return data;
}

function readSource(ref: string, sources: KvSources): string {
  if (ref === '-') return sources.stdin ?? '';
  const name = ref.slice(1);
  const content = sources.file(name);
  if (content === undefined) {
    throw new KvError(`open ${name}: no such file or directory`);
  }
  return content;
}

function merge(existing: unknown, value: string): unknown {
  if (existing === undefined) return value;
  if (Array.isArray(existing)) return [...(existing as unknown[]), value];
  return [existing, value];
}

function parseObject(text: string, name: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new KvError(`error parsing ${name} as JSON: ${reason}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const kind = Array.isArray(parsed) ? 'array' : typeof parsed;
    throw new KvError(
      `json: cannot unmarshal ${kind} into Go value of type ` +
        'map[string]interface {}',
    );
  }
  return parsed as Record<string, unknown>;
}

/** The K=V arguments of a command, or the CLI's parse error (exit 1). */
export function kvData(invocation: Invocation, args: readonly string[]) {
  try {
    return buildKvData(args, {
      file: (name) => readFile(invocation.shell, name),
      stdin: invocation.stdin,
    });
  } catch (error) {
    if (!(error instanceof KvError)) throw error;
    throw new CliFailure(`Failed to parse K=V data: ${error.message}`, 1);
  }
}
