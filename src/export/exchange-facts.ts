// Facts about a recorded call that its record does not carry directly.
import type { Exchange } from '../api/http.ts';

// Vault answers these without a token; the app sends none with them.
const UNAUTHENTICATED_VAULT_PATHS = new Set([
  '/v1/sys/init',
  '/v1/sys/unseal',
  '/v1/sys/seal-status',
  '/v1/sys/health',
]);

/** The header a token travels in, and the variable that stands for it. */
export function tokenHeader(
  exchange: Exchange,
): { name: string; variable: string } | undefined {
  if (exchange.backend === 'vault') {
    return { name: 'X-Vault-Token', variable: 'VAULT_TOKEN' };
  }
  if (exchange.backend === 'nomad') {
    return { name: 'X-Nomad-Token', variable: 'NOMAD_TOKEN' };
  }
  return undefined;
}

/**
 * Whether the app sent a token: every Vault call the steps make carries
 * the root token except the seal and init calls; Nomad runs without ACLs.
 */
export function carriesToken(exchange: Exchange): boolean {
  if (exchange.backend !== 'vault') return false;
  const path = exchange.path.split('?')[0] ?? exchange.path;
  return !UNAUTHENTICATED_VAULT_PATHS.has(path);
}

/** The shell expression for the server a backend's calls go to. */
export function baseUrlOf(exchange: Exchange): string {
  switch (exchange.backend) {
    case 'vault':
      return '$VAULT_ADDR';
    case 'nomad':
      return '$NOMAD_ADDR';
    // The sandbox serves its lab controls on the Nomad port.
    case 'lab':
      return '$NOMAD_ADDR/lab';
    case 'web':
      return 'http://$WEB_ADDR';
  }
}

/** Whether the call succeeded (2xx). */
export function isSuccess(exchange: Exchange): boolean {
  return exchange.status >= 200 && exchange.status < 300;
}
