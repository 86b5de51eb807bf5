import { describe, expect, it } from 'vitest';
import { createWebApp } from './web-app.ts';

const get = (path: string, accept = 'application/json') =>
  new Request(`http://127.0.0.1:24817${path}`, { headers: { accept } });

// No database answers anywhere: these cases fail before logging in.
const appReading = (config: string | undefined) =>
  createWebApp({
    readFile: (path) => (path === '/etc/demo/config.json' ? config : undefined),
    resolveDatabase: () => undefined,
  });

describe('demo web app', () => {
  it('explains a config file that is not JSON (no toJSON, C7)', async () => {
    const app = appReading('{"password": "a"b"}');

    const response = await app(get('/names'));

    expect(response.status).toBe(500);
    expect((await response.json()).error).toMatch(
      /^\/etc\/demo\/config\.json is not valid JSON: /,
    );
  });

  it('says the config file is missing when nothing was rendered', async () => {
    const response = await appReading(undefined)(get('/names'));

    expect(await response.json()).toEqual({
      error: 'open /etc/demo/config.json: no such file or directory',
    });
  });

  it('names the host it could not reach', async () => {
    const config = JSON.stringify({
      host: 'database.service.consul',
      port: 5432,
      username: 'u',
      password: 'p',
      db: 'postgres',
    });

    const response = await appReading(config)(get('/names', 'text/html'));

    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain(
      'cannot connect to database.service.consul:5432: ' +
        'no PostgreSQL server answers there',
    );
  });

  it("answers 404 for other paths, like Go's default mux", async () => {
    const response = await appReading(undefined)(get('/nope'));

    expect(response.status).toBe(404);
    expect(await response.text()).toBe('404 page not found\n');
  });
});
