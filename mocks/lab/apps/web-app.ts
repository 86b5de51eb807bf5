// The nomad-vault-demo web app: reads the credentials Nomad rendered into
// its config file and lists the `names` table logged in as that user.
import type { DatabaseServer, Handler } from '../ports.ts';
import { CONFIG_PATH, parseDemoConfig } from './demo-config.ts';
import type { DemoConfig } from './demo-config.ts';
import { errorPage, indexPage, namesPage } from './names-page.ts';
import type { NamesView } from './names-page.ts';

export { CONFIG_PATH };

export interface WebAppOptions {
  /** Reads a file as the container sees it (through its volumes). */
  readFile(path: string): string | undefined;
  /** The task's network: the database behind `host:port`, if any. */
  resolveDatabase(host: string, port: number): DatabaseServer | undefined;
}

const NAMES_QUERY = 'SELECT name FROM names ORDER BY id';

type Lookup = { ok: true; view: NamesView } | { ok: false; error: string };

export function createWebApp(options: WebAppOptions): Handler {
  return async (request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return text(405, 'Method Not Allowed\n');
    }
    if (url.pathname === '/') return html(200, indexPage());
    if (url.pathname !== '/names') return text(404, '404 page not found\n');
    const lookup = await listNames(options);
    if (wantsJson(request, url)) {
      return lookup.ok
        ? Response.json(lookup.view)
        : Response.json({ error: lookup.error }, { status: 500 });
    }
    return lookup.ok
      ? html(200, namesPage(lookup.view))
      : html(500, errorPage(lookup.error));
  };
}

async function listNames(options: WebAppOptions): Promise<Lookup> {
  const read = parseDemoConfig(options.readFile(CONFIG_PATH));
  if (!read.ok) return read;
  const { config } = read;
  const server = options.resolveDatabase(config.host, config.port);
  if (!server) return { ok: false, error: unreachable(config) };
  try {
    const session = await server.connect({
      user: config.username,
      password: config.password,
      database: config.db,
    });
    try {
      const rows = await session.query(NAMES_QUERY);
      const names = rows.map((row) => String(row['name']));
      return {
        ok: true,
        view: { database: config.db, user: config.username, names },
      };
    } finally {
      await session.close();
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `PostgreSQL refused the request: ${reason}` };
  }
}

function unreachable({ host, port }: DemoConfig): string {
  return `cannot connect to ${host}:${port}: no PostgreSQL server answers there`;
}

function wantsJson(request: Request, url: URL): boolean {
  if (url.searchParams.get('format') === 'json') return true;
  return (request.headers.get('accept') ?? '').includes('application/json');
}

function html(status: number, body: string): Response {
  const headers = { 'content-type': 'text/html; charset=utf-8' };
  return new Response(body, { status, headers });
}

function text(status: number, body: string): Response {
  const headers = { 'content-type': 'text/plain; charset=utf-8' };
  return new Response(body, { status, headers });
}
