import type { FileProblem } from './types.ts';

// Vault's database plugins replace these exact strings in statements.
const placeholders = ['name', 'username', 'password', 'expiration'];

/**
 * Light checks on creation SQL: Vault fills `{{name}}`, `{{password}}`
 * and `{{expiration}}`; PostgreSQL checks the rest when it runs it.
 */
export function validateCreationSql(sql: string): FileProblem[] {
  if (sql.trim() === '') {
    const message =
      'The file is empty. Write the SQL Vault runs for each new user, ' +
      'e.g. CREATE USER "{{name}}" WITH PASSWORD \'{{password}}\';';
    return [{ line: 1, column: 1, message, severity: 'error' }];
  }
  const problems = placeholderProblems(sql);
  if (!/\{\{\s*(name|username)\s*\}\}/.test(sql)) {
    const message =
      'No {{name}} placeholder: Vault puts the generated user name there; ' +
      'without it every lease would create the same user.';
    problems.push({ line: 1, column: 1, message, severity: 'warning' });
  }
  if (!/\{\{\s*password\s*\}\}/.test(sql)) {
    const message =
      'No {{password}} placeholder: Vault puts the generated password ' +
      'there; without it the credentials Vault hands out cannot log in.';
    problems.push({ line: 1, column: 1, message, severity: 'warning' });
  }
  return problems;
}

function placeholderProblems(sql: string): FileProblem[] {
  const problems: FileProblem[] = [];
  const lines = sql.split('\n');
  lines.forEach((text, index) => {
    for (const match of text.matchAll(/\{\{\s*([\w.]*)\s*\}\}/g)) {
      const [whole, word = ''] = match;
      const message = placeholderMessage(whole, word);
      if (message === null) continue;
      const column = [...text.slice(0, match.index)].length + 1;
      const endColumn = column + [...whole].length;
      problems.push({
        line: index + 1,
        column,
        endColumn,
        message,
        severity: 'warning',
      });
    }
  });
  return problems;
}

function placeholderMessage(whole: string, word: string): string | null {
  if (!placeholders.includes(word)) {
    return (
      `Vault does not fill ${whole}; it knows ` +
      placeholders.map((p) => `{{${p}}}`).join(', ') +
      '.'
    );
  }
  if (whole !== `{{${word}}}`) {
    return (
      `Write {{${word}}} without spaces; ` +
      'Vault replaces only that exact text.'
    );
  }
  return null;
}
