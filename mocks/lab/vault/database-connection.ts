import { DatabaseError } from '../ports.ts';
import type { DbSession } from '../ports.ts';
import type { VaultCore } from './core.ts';
import type { DatabaseConfig } from './state.ts';
import { isAtLeast } from './version.ts';

/** Where and as whom a connection_url logs in. */
export interface ConnectionTarget {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

/** A failure worded the way Vault's PostgreSQL driver prints it. */
export class DriverError extends Error {}

function fill(template: string, config: DatabaseConfig): string {
  const details = config.connectionDetails;
  const username = String(details['username'] ?? '');
  const password = String(details['password'] ?? '');
  const escape =
    details['disable_escaping'] === true ? String : encodeURIComponent;
  return template
    .replaceAll('{{username}}', escape(username))
    .replaceAll('{{password}}', escape(password));
}

function fromDsn(dsn: string): ConnectionTarget {
  const fields = new Map<string, string>();
  for (const match of dsn.matchAll(/(\w+)\s*=\s*('([^']*)'|\S*)/g)) {
    fields.set(match[1] ?? '', match[3] ?? match[2] ?? '');
  }
  const user = fields.get('user') ?? '';
  return {
    host: fields.get('host') ?? 'localhost',
    port: Number(fields.get('port') ?? 5432),
    user,
    password: fields.get('password') ?? '',
    database: fields.get('dbname') ?? user,
  };
}

/** Parses the templated connection_url with the config's credentials. */
export function connectionTarget(config: DatabaseConfig): ConnectionTarget {
  const url = fill(String(config.connectionDetails['connection_url']), config);
  if (!/^postgres(ql)?:\/\//.test(url)) return fromDsn(url);
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/^postgres(ql)?:/, 'http:'));
  } catch {
    throw new DriverError(
      `cannot parse \`${url.replace(/:[^:@/]*@/, ':xxxxx@')}\`: ` +
        'failed to parse as URL',
    );
  }
  const user = decodeURIComponent(parsed.username);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user,
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)) || user,
  };
}

function isAddress(host: string): boolean {
  return host === 'localhost' || /^[\d.]+$/.test(host) || host.includes(':');
}

type Failure =
  | { kind: 'unresolvable' }
  | { kind: 'refused' }
  | { kind: 'server'; message: string; code: string };

/** Why a login failed, as pgx (modern) or lib/pq (older Vault) words it. */
function connectMessage(
  core: VaultCore,
  target: ConnectionTarget,
  failure: Failure,
): string {
  const { host, port, user, database } = target;
  const ip = host === 'localhost' ? '127.0.0.1' : host;
  const dial = `dial tcp ${ip}:${port}: connect: connection refused`;
  if (!isAtLeast(core.profile, '1.14')) {
    if (failure.kind === 'server') return `pq: ${failure.message}`;
    return failure.kind === 'refused'
      ? dial
      : `dial tcp: lookup ${host}: no such host`;
  }
  let detail: string;
  if (failure.kind === 'unresolvable') {
    detail = `hostname resolving error (lookup ${host}: no such host)`;
  } else if (failure.kind === 'refused') {
    detail = `dial error (${dial})`;
  } else {
    const kind = failure.code === '28P01' ? 'failed SASL auth' : 'server error';
    detail = `${kind} (FATAL: ${failure.message} (SQLSTATE ${failure.code}))`;
  }
  return (
    `failed to connect to \`host=${host} user=${user} ` +
    `database=${database}\`: ${detail}`
  );
}

/** A query failure as the driver reports it. */
export function queryMessage(core: VaultCore, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!isAtLeast(core.profile, '1.14')) return `pq: ${message}`;
  const code = error instanceof DatabaseError ? error.code : undefined;
  return code ? `ERROR: ${message} (SQLSTATE ${code})` : `ERROR: ${message}`;
}

/** Logs in with the config's admin credentials, as the plugin does. */
export async function connectAdmin(
  core: VaultCore,
  config: DatabaseConfig,
): Promise<DbSession> {
  const target = connectionTarget(config);
  const server = core.resolveDatabase(target.host, target.port);
  if (!server) {
    const kind = isAddress(target.host) ? 'refused' : 'unresolvable';
    throw new DriverError(connectMessage(core, target, { kind }));
  }
  try {
    return await server.connect({
      user: target.user,
      password: target.password,
      database: target.database,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code =
      (error instanceof DatabaseError ? error.code : undefined) ?? 'XX000';
    const failure = { kind: 'server' as const, message, code };
    throw new DriverError(connectMessage(core, target, failure));
  }
}
