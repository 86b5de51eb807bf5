// The PostgreSQL server behind the sandbox's database tasks: one the
// sandbox started itself, or one the user named by URL.

export interface AdminLogin {
  user: string;
  password: string;
  database: string;
}

export interface PostgresCluster {
  /** `embedded` clusters belong to the sandbox and may be wiped. */
  kind: 'embedded' | 'url';
  host: string;
  port: number;
  /** A superuser login; the sandbox updates it if it changes the password. */
  admin: AdminLogin;
  /** The temp dir holding the data (embedded only). */
  dataRoot?: string;
  stop(): Promise<void>;
}

/** A server given as `postgres://user:password@host:port/database`. */
export function clusterFromUrl(url: string): PostgresCluster {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('--postgres-url is not a URL');
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw new Error('--postgres-url must start with postgres://');
  }
  const user = decodeURIComponent(parsed.username) || 'postgres';
  return {
    kind: 'url',
    host: parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: Number(parsed.port || 5432),
    admin: {
      user,
      password: decodeURIComponent(parsed.password),
      database: decodeURIComponent(parsed.pathname.slice(1)) || user,
    },
    stop: async () => undefined,
  };
}
