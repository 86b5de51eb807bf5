// The two upstreams live mode forwards to, and how to talk about them.
import type { UpstreamConfig } from '../config/server-config.ts';

export interface Backend {
  name: 'vault' | 'nomad';
  title: 'Vault' | 'Nomad';
  addr: string;
  /** The learner's next move when it cannot be reached. */
  startHint: string;
  /** Token header the browser sends for this backend; others are dropped. */
  tokenHeader: 'x-vault-token' | 'x-nomad-token';
}

/** Vault and Nomad as configured for live mode. */
export function backendsOf(upstream: UpstreamConfig): [Backend, Backend] {
  return [
    {
      name: 'vault',
      title: 'Vault',
      addr: upstream.vaultAddr,
      startHint:
        'Start Vault (for example `vault server -dev`) or check VAULT_ADDR.',
      tokenHeader: 'x-vault-token',
    },
    {
      name: 'nomad',
      title: 'Nomad',
      addr: upstream.nomadAddr,
      startHint:
        'Start Nomad (for example `nomad agent -dev`) or check NOMAD_ADDR.',
      tokenHeader: 'x-nomad-token',
    },
  ];
}
