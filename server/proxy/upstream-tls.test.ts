// An https upstream is verified: reply-from turns certificate checks off
// by default, the proxy turns them back on.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { send } from '../test-support/http-client.ts';
import {
  liveUpstream,
  startTestServer,
  type TestServer,
} from '../test-support/test-server.ts';

let vault: Server;
let hits = 0;
let server: TestServer;
let vaultAddr: string;

function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'walkthrough-tls-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  const pair = {
    key: readFileSync(key, 'utf8'),
    cert: readFileSync(cert, 'utf8'),
  };
  rmSync(dir, { recursive: true, force: true });
  return pair;
}

beforeAll(async () => {
  vault = createServer(selfSignedCertificate(), (_req, res) => {
    hits += 1;
    res.end('{"initialized":true}');
  });
  await new Promise<void>((resolve) => vault.listen(0, '127.0.0.1', resolve));
  vaultAddr = `https://127.0.0.1:${(vault.address() as AddressInfo).port}`;
  server = await startTestServer({
    upstream: liveUpstream(vaultAddr, vaultAddr),
  });
});

afterAll(async () => {
  await server.close();
  vault.closeAllConnections();
  await new Promise((resolve) => vault.close(resolve));
});

describe('https upstreams', () => {
  it('refuses a self-signed certificate with a 502 that says so', async () => {
    const answer = await send(server.port, { path: '/api/vault/v1/sys/init' });

    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.body)).toMatchObject({
      errors: [`Vault is not trusted at ${vaultAddr}: self-signed certificate`],
      proxyError: 'upstream_unreachable',
      backend: 'vault',
    });
    expect(hits).toBe(0);
  });
});
