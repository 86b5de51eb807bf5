import { bodyString } from './core.ts';
import { parseSeconds } from './durations.ts';
import { VaultError } from './errors.ts';
import type { TokenRole } from './state.ts';

// The per-field rules of token creation (contract §5.1).

const systemMaxTtl = 2764800;

export function requireSudo(isSudo: boolean, what: string) {
  if (!isSudo) {
    throw VaultError.badRequest(`root or sudo privileges required to ${what}`);
  }
}

export function checkCustomId(id: string, isSudo: boolean) {
  if (id === '') return;
  requireSudo(isSudo, 'specify token id');
  for (const prefix of ['hvs.', 's.', 'b.', 'hvb.']) {
    if (id.startsWith(prefix)) {
      throw VaultError.badRequest(
        `custom token ID cannot have the '${prefix}' prefix`,
      );
    }
  }
  if (id.includes('.')) {
    throw VaultError.badRequest(
      "custom token ID cannot have a '.' in the value",
    );
  }
}

export function displayName(body: Record<string, unknown>): string {
  const given = bodyString(body, 'display_name');
  if (given === '') return 'token';
  return `token-${given}`.replace(/[^a-zA-Z0-9-]+/g, '-').replace(/-$/, '');
}

export function metadata(body: Record<string, unknown>) {
  const raw = body['meta'] ?? body['metadata'];
  if (typeof raw !== 'object' || raw === null) return null;
  const entries = Object.entries(raw).map(([k, v]) => [k, String(v)]);
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

export function periodOf(
  body: Record<string, unknown>,
  role: TokenRole | undefined,
  isSudo: boolean,
  warnings: string[],
): number {
  const asked = parseSeconds(body['period'], 'period');
  if (asked < 0) throw VaultError.badRequest('period must be positive');
  if (!role) {
    if (asked > 0) requireSudo(isSudo, 'create periodic token');
    return asked;
  }
  if (role.period > 0 && asked > 0) {
    const lesser = Math.min(role.period, asked);
    warnings.push(
      'Period specified both during creation call and in role; ' +
        `using the lesser value of ${lesser} seconds`,
    );
    return lesser;
  }
  return role.period > 0 ? role.period : asked;
}

export function lifetime(
  body: Record<string, unknown>,
  role: TokenRole | undefined,
  period: number,
  policies: string[],
) {
  const ttl = parseSeconds(body['ttl'] ?? body['lease'], 'ttl');
  let explicitMaxTtl = parseSeconds(
    body['explicit_max_ttl'],
    'explicit_max_ttl',
  );
  if (ttl < 0) throw VaultError.badRequest('ttl must be positive');
  if (explicitMaxTtl < 0) {
    throw VaultError.badRequest('explicit_max_ttl must be positive');
  }
  if (role && role.explicitMaxTtl > 0) {
    explicitMaxTtl =
      explicitMaxTtl > 0
        ? Math.min(explicitMaxTtl, role.explicitMaxTtl)
        : role.explicitMaxTtl;
  }
  let lease = period > 0 ? period : ttl;
  if (lease === 0 && !policies.includes('root')) lease = systemMaxTtl;
  if (period === 0) lease = Math.min(lease, systemMaxTtl);
  if (explicitMaxTtl > 0) lease = Math.min(lease, explicitMaxTtl);
  return { lease, explicitMaxTtl };
}
