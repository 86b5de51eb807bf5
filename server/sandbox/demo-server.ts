// What starting the postgres-nomad-demo container means for the one
// server the sandbox keeps: a clean `postgres` database, and role postgres
// logging in with the job's POSTGRES_PASSWORD (as the image's entrypoint
// sets it). Table and rows come from the lab's task afterwards.
import { DatabaseError } from '../../mocks/lab/ports.ts';
import type { PostgresCluster } from './postgres-cluster.ts';
import { openSession } from './pg-session.ts';

const SUPERUSER = 'postgres';
const DEMO_DATABASE = 'postgres';

// Clusters a database task has run on since they started.
const used = new WeakSet<PostgresCluster>();

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Drops what an earlier container left: its database and its users. */
async function wipe(cluster: PostgresCluster) {
  const admin = { ...cluster.admin, database: 'template1' };
  const session = await openSession(cluster, admin);
  try {
    await session.query(
      `DROP DATABASE IF EXISTS ${ident(DEMO_DATABASE)} WITH (FORCE)`,
    );
    const roles = await session.query(
      "SELECT rolname FROM pg_roles WHERE rolname !~ '^pg_' " +
        'AND rolname <> current_user',
    );
    for (const role of roles) {
      await session.query(`DROP ROLE ${ident(String(role['rolname']))}`);
    }
    await session.query(`CREATE DATABASE ${ident(DEMO_DATABASE)}`);
  } finally {
    await session.close();
  }
}

async function canLogIn(cluster: PostgresCluster, password: string) {
  const login = { user: SUPERUSER, password, database: DEMO_DATABASE };
  try {
    await (await openSession(cluster, login)).close();
    return true;
  } catch (error) {
    if (error instanceof DatabaseError && error.code === '28P01') return false;
    throw error;
  }
}

async function setSuperuserPassword(
  cluster: PostgresCluster,
  password: string,
) {
  const session = await openSession(cluster, cluster.admin);
  try {
    const [found] = await session.query(
      `SELECT 1 AS found FROM pg_roles WHERE rolname = ${literal(SUPERUSER)}`,
    );
    const verb = found ? 'ALTER' : 'CREATE';
    await session.query(
      `${verb} ROLE ${ident(SUPERUSER)} WITH SUPERUSER LOGIN ` +
        `PASSWORD ${literal(password)}`,
    );
  } finally {
    await session.close();
  }
  if (cluster.admin.user === SUPERUSER) cluster.admin.password = password;
}

/**
 * Readies the server for a new database task. Only a cluster the sandbox
 * owns is wiped; a server given by URL keeps its data.
 */
export async function prepareDemoServer(
  cluster: PostgresCluster,
  superuserPassword: string,
): Promise<{ changedPassword: boolean }> {
  if (cluster.kind === 'embedded' && used.has(cluster)) await wipe(cluster);
  used.add(cluster);
  if (await canLogIn(cluster, superuserPassword)) {
    return { changedPassword: false };
  }
  await setSuperuserPassword(cluster, superuserPassword);
  return { changedPassword: true };
}
