// The sandbox's DatabaseHost: database tasks get the real PostgreSQL
// server, published on the host port Nomad gave them, with real logins.
import { DatabaseError } from '../../mocks/lab/ports.ts';
import type {
  DatabaseHost,
  DatabaseServer,
  DbSession,
} from '../../mocks/lab/ports.ts';
import { prepareDemoServer } from './demo-server.ts';
import { openSession } from './pg-session.ts';
import type { PostgresCluster } from './postgres-cluster.ts';
import { publishPort } from './port-publish.ts';

export interface PostgresHostOptions {
  cluster: PostgresCluster;
  /** The node address the task's port is published on. */
  address: string;
  onWarning?: (message: string) => void;
}

export function createPostgresHost(options: PostgresHostOptions): DatabaseHost {
  const { cluster, address } = options;
  return {
    async start({ superuserPassword, port }) {
      const prepared = await prepareDemoServer(cluster, superuserPassword);
      if (prepared.changedPassword && cluster.kind === 'url') {
        options.onWarning?.(
          'set the password of role postgres on the --postgres-url server ' +
            "to the job's POSTGRES_PASSWORD",
        );
      }
      // A server given by URL may already listen where the task's port is.
      const isInPlace = cluster.host === address && cluster.port === port;
      const published = isInPlace
        ? { close: async () => undefined }
        : await publishPort({ host: address, port }, cluster);
      return { server: runningServer(cluster, published), address, port };
    },
  };
}

function runningServer(
  cluster: PostgresCluster,
  published: { close(): Promise<void> },
): DatabaseServer {
  const sessions = new Set<DbSession>();
  let isStopped = false;
  return {
    async connect(login) {
      if (isStopped) {
        throw new DatabaseError('the database task has stopped', '57P01');
      }
      const session = await openSession(cluster, login);
      sessions.add(session);
      return {
        query: (sql) => session.query(sql),
        close: async () => {
          sessions.delete(session);
          await session.close();
        },
      };
    },
    async stop() {
      isStopped = true;
      await Promise.all([...sessions].map((session) => session.close()));
      sessions.clear();
      await published.close();
    },
  };
}
