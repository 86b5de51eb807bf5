import type { ModeInfo } from '../api/mode.ts';

/** The badge text: which answerer, and where a real one listens. */
export function describeMode(info: ModeInfo): string {
  const addresses = [
    info.vaultAddr === undefined ? null : `Vault ${info.vaultAddr}`,
    info.nomadAddr === undefined ? null : `Nomad ${info.nomadAddr}`,
  ].filter((part) => part !== null);
  const where = addresses.length > 0 ? `: ${addresses.join(', ')}` : '';
  switch (info.mode) {
    case 'mock':
      return 'Offline lab (mock)';
    case 'live':
      return `Live${where}`;
    case 'sandbox':
      return `Sandbox${where}`;
  }
}
