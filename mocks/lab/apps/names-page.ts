// The pages the demo web app serves, as plain HTML strings.

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body>\n${body}\n</body>`,
    '</html>',
    '',
  ].join('\n');
}

export interface NamesView {
  database: string;
  user: string;
  names: string[];
}

export function namesPage({ database, user, names }: NamesView): string {
  const items = names.map((name) => `  <li>${escapeHtml(name)}</li>`);
  return page(
    'Names',
    [
      '<h1>Names</h1>',
      `<p>Read from database <code>${escapeHtml(database)}</code> as ` +
        `<code>${escapeHtml(user)}</code>, a user Vault created.</p>`,
      '<ul>',
      ...items,
      '</ul>',
    ].join('\n'),
  );
}

export function errorPage(reason: string): string {
  return page(
    'Database error',
    `<h1>Cannot list the names</h1>\n<p>${escapeHtml(reason)}</p>`,
  );
}

export function indexPage(): string {
  return page(
    'nomad-vault-demo',
    '<h1>nomad-vault-demo</h1>\n<p><a href="/names">List the names</a></p>',
  );
}
