import type { DbSession } from '../ports.ts';

function withoutQuoted(statement: string): string {
  return statement
    .replace(/\$(\w*)\$[\s\S]*?\$\1\$/g, '')
    .replace(/'(?:[^']|'')*'/g, '')
    .replace(/"(?:[^"]|"")*"/g, '');
}

/**
 * The plugin's statement list: each entry is split on `;` unless it holds
 * an `END` keyword (a function body or DO block), which runs whole.
 */
export function splitStatements(statements: string[]): string[] {
  const queries: string[] = [];
  for (const statement of statements) {
    const parts = /\bEND\b/i.test(withoutQuoted(statement))
      ? [statement]
      : statement.split(';');
    queries.push(...parts.map((part) => part.trim()).filter(Boolean));
  }
  return queries;
}

/** Replaces `{{name}}`-style fields the way the plugin's query helper does. */
export function fillTemplate(
  query: string,
  values: Record<string, string>,
): string {
  let filled = query;
  for (const [key, value] of Object.entries(values)) {
    filled = filled.replaceAll(`{{${key}}}`, value);
  }
  return filled;
}

/**
 * Runs the queries as one transaction (a multi-statement query is one
 * implicit transaction), so a failing statement undoes the earlier ones.
 */
export async function runInTransaction(
  session: DbSession,
  queries: string[],
  values: Record<string, string>,
) {
  const sql = queries
    .map((query) => fillTemplate(query, values).replace(/;\s*$/, ''))
    .join(';\n');
  await session.query(`${sql};`);
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
