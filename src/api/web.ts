// The demo web app's /names page, reached through /api/web.
import { z } from 'zod';

import { request } from './http.ts';

export interface NamesPage {
  /** The body as the app sent it (HTML or JSON text). */
  body: string;
  names: string[];
}

/** GET /names of the running nomad-vault-demo job. */
export async function readNames(): Promise<NamesPage> {
  const answer = await request({
    backend: 'web',
    method: 'GET',
    path: '/names',
    schema: z.unknown(),
  });
  const body =
    typeof answer === 'string' ? answer : JSON.stringify(answer, null, 2);
  return { body, names: extractNames(answer) };
}

/** Names from a JSON list (or `{names}`) or from HTML list/heading items. */
export function extractNames(answer: unknown): string[] {
  const list = Array.isArray(answer)
    ? answer
    : isNamesObject(answer)
      ? answer.names
      : null;
  if (list) return list.map(nameOf).filter((n) => n !== '');
  if (typeof answer !== 'string') return [];
  const items = answer.matchAll(/<(li|h4)[^>]*>([^<]*)<\/\1>/gi);
  return [...items]
    .map((m) => decodeEntities(m[2] ?? '').trim())
    .filter((n) => n !== '');
}

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) {
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    }
    if (code.startsWith('#'))
      return String.fromCodePoint(Number(code.slice(1)));
    return namedEntities[code.toLowerCase()] ?? whole;
  });
}

function isNamesObject(value: unknown): value is { names: unknown[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { names?: unknown }).names)
  );
}

function nameOf(item: unknown): string {
  if (typeof item === 'string') return item.trim();
  if (typeof item === 'object' && item !== null) {
    const record = item as Record<string, unknown>;
    const parts = [record.first_name, record.last_name, record.name];
    return parts
      .filter((p) => typeof p === 'string')
      .join(' ')
      .trim();
  }
  return '';
}
