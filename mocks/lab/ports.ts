// The lab's edges: what the emulator needs from the world around it.
// The browser (MSW + PGlite) and the sandbox (Node HTTP + real PostgreSQL)
// each provide these; the lab itself stays framework-free.

/** A fetch-style answerer: the one shape every emulated service has. */
export type Handler = (request: Request) => Promise<Response>;

/** A Postgres error as the server words it (message and SQLSTATE). */
export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}

/** One logged-in connection; statements run with that role's rights. */
export interface DbSession {
  /** Runs one or more statements; resolves with the rows of the last. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** A running PostgreSQL server, as the postgres-nomad-demo task starts it. */
export interface DatabaseServer {
  /**
   * Logs in like Postgres password authentication does: a wrong password,
   * an expired VALID UNTIL or a role without LOGIN is refused with
   * Postgres's own message (`password authentication failed for user "x"`).
   */
  connect(login: {
    user: string;
    password: string;
    database: string;
  }): Promise<DbSession>;
  /** Statements replayed to rebuild this server after a tab reload. */
  journal?(): string[];
  stop(): Promise<void>;
}

/** Starts database servers for the lab's postgres task. */
export interface DatabaseHost {
  start(options: {
    superuserPassword: string;
    /** Host port the task was given; a real server may pick its own. */
    port: number;
    /** Statements to replay (browser restore after reload). */
    journal?: string[];
  }): Promise<{ server: DatabaseServer; address: string; port: number }>;
}

/** Where emulated tasks live on the network. */
export interface NetworkHost {
  /** The node's address as allocations report it. */
  address: string;
  /** A free port; `preferred` for static ports when it is free. */
  allocatePort(preferred?: number): Promise<number>;
  /** Serves a task's HTTP app on a real port (sandbox only). */
  serve?(
    handler: Handler,
    port: number,
  ): Promise<{ port: number; close(): Promise<void> }>;
}
