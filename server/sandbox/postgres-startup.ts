// Which PostgreSQL the sandbox uses: its own embedded one, or the server
// given by URL once a superuser login to it works.
import { startEmbeddedCluster } from './embedded-cluster.ts';
import { openSession } from './pg-session.ts';
import { clusterFromUrl } from './postgres-cluster.ts';
import type { PostgresCluster } from './postgres-cluster.ts';

export async function startPostgres(url?: string): Promise<PostgresCluster> {
  if (!url) return startEmbeddedCluster();
  const cluster = clusterFromUrl(url);
  try {
    await (await openSession(cluster, cluster.admin)).close();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `cannot log in to --postgres-url as "${cluster.admin.user}": ${reason}`,
    );
  }
  return cluster;
}
