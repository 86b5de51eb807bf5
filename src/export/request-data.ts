import type { Exchange } from '../api/http.ts';
import { shellJson } from './curl-command.ts';
import type { ExportFile } from './script-parts.ts';
import type { SecretRefs } from './secret-refs.ts';

/**
 * The `--data` word for a call whose body came from step files: the file
 * itself (`@role.json`), or `file_json` adding the file's text to the
 * rest of the body; plain JSON otherwise.
 */
export function requestData(
  exchange: Exchange,
  files: readonly ExportFile[],
  refs: SecretRefs,
): string | undefined {
  const body = exchange.requestBody;
  if (body === undefined) return undefined;
  const whole = files.find((file) => isJsonOf(file.content, body));
  if (whole) return `@${whole.name}`;
  if (!isRecord(body)) return shellJson(body, refs);
  const fromFiles: string[] = [];
  const rest: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(body)) {
    const file = files.find((candidate) => sameText(candidate.content, value));
    if (file) fromFiles.push(`${field}=${file.name}`);
    else rest[field] = value;
  }
  if (fromFiles.length === 0) return shellJson(body, refs);
  const restJson = shellJson(rest, refs);
  return `"$(file_json ${restJson} ${fromFiles.join(' ')})"`;
}

function sameText(content: string, value: unknown): boolean {
  return typeof value === 'string' && value !== '' && value === content;
}

function isJsonOf(content: string, body: unknown): boolean {
  try {
    return canonical(JSON.parse(content)) === canonical(body);
  } catch {
    return false;
  }
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    isRecord(item)
      ? Object.fromEntries(
          Object.entries(item).sort(([a], [b]) => a.localeCompare(b)),
        )
      : item,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
