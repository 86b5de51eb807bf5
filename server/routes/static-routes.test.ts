// The SPA: files from dist/, index.html for app routes, JSON for unknown
// /api paths, and the mode endpoint the app reads first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { APP_HEADERS, send } from '../test-support/http-client.ts';
import {
  ASSET_JS,
  ASSET_PATH,
  INDEX_HTML,
  makeStaticRoot,
  type StaticRoot,
} from '../test-support/static-root.ts';
import {
  liveUpstream,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.ts';

let dist: StaticRoot;
let mock: TestServer;

beforeAll(async () => {
  dist = makeStaticRoot();
  mock = await startTestServer({ staticRoot: dist.dir });
});

afterAll(async () => {
  await mock.close();
  dist.remove();
});

describe('serving the built app', () => {
  it('serves index.html for / and for app routes, never cached', async () => {
    const root = await send(mock.port, { path: '/' });
    const appRoute = await send(mock.port, { path: '/steps/7?tab=hcl' });

    expect(root.body).toBe(INDEX_HTML);
    expect(appRoute.status).toBe(200);
    expect(appRoute.body).toBe(INDEX_HTML);
    expect(appRoute.headers['cache-control']).toBe('no-cache');
  });

  it('serves fingerprinted assets as immutable', async () => {
    const answer = await send(mock.port, { path: ASSET_PATH });

    expect(answer.body).toBe(ASSET_JS);
    expect(answer.headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('answers unknown /api paths and non-GET app paths with JSON 404', async () => {
    const api = await send(mock.port, { path: '/api/nothing' });
    const post = await send(mock.port, {
      method: 'POST',
      path: '/',
      headers: APP_HEADERS,
    });

    expect(api.status).toBe(404);
    expect(JSON.parse(api.body)).toEqual({
      errors: ['no route for GET /api/nothing'],
      proxyError: 'not_found',
    });
    expect(post.status).toBe(404);
  });

  it('says it is not built when dist/ has no index.html', async () => {
    const bare = await startTestServer({ staticRoot: `${dist.dir}/missing` });

    const answer = await send(bare.port, { path: '/' });
    await bare.close();

    expect(answer.status).toBe(503);
    expect(answer.body).toBe(
      'The app is not built yet: run `npm run build`, then restart.\n',
    );
  });
});

describe('GET /api/mode', () => {
  it('answers mock without addresses, and the mock lab owns /api/vault', async () => {
    const mode = await send(mock.port, { path: '/api/mode' });
    const vault = await send(mock.port, { path: '/api/vault/v1/sys/health' });

    expect(JSON.parse(mode.body)).toEqual({ mode: 'mock' });
    expect(vault.status).toBe(503);
    expect(JSON.parse(vault.body).proxyError).toBe('mock_mode');
  });

  it('answers live with both addresses', async () => {
    const live = await startTestServer({
      upstream: liveUpstream('http://127.0.0.1:8200', 'http://127.0.0.1:4646'),
    });

    const mode = await send(live.port, { path: '/api/mode' });
    await live.close();

    expect(JSON.parse(mode.body)).toEqual({
      mode: 'live',
      vaultAddr: 'http://127.0.0.1:8200',
      nomadAddr: 'http://127.0.0.1:4646',
    });
  });
});
