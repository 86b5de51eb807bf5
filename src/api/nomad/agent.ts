// GET /v1/agent/self: the agent's config, including its vault block.
// https://developer.hashicorp.com/nomad/api-docs/agent#query-self
import { z } from 'zod';

import { getJson } from './jobs.ts';

const vaultConfigSchema = z.looseObject({
  Enabled: z.boolean().nullable().optional(),
  Role: z.string().optional(),
  Addr: z.string().optional(),
  Token: z.string().optional(),
  TaskTokenTTL: z.string().optional(),
});

const agentSelfSchema = z.looseObject({
  config: z.looseObject({
    Version: z
      .looseObject({ Version: z.string().optional() })
      .nullable()
      .optional(),
    Vault: vaultConfigSchema.nullable().optional(),
    Vaults: z.array(vaultConfigSchema).nullable().optional(),
  }),
  member: z
    .looseObject({
      Tags: z.record(z.string(), z.string()).nullable().optional(),
    })
    .optional(),
  stats: z.record(z.string(), z.unknown()).optional(),
});

export type AgentSelf = z.infer<typeof agentSelfSchema>;
export type AgentVaultConfig = z.infer<typeof vaultConfigSchema>;

export function readAgentSelf(): Promise<AgentSelf> {
  return getJson('/v1/agent/self', agentSelfSchema);
}

/** The default Vault cluster's settings: `Vaults[0]` (≥1.7) or `Vault`. */
export function defaultVaultConfig(
  self: AgentSelf,
): AgentVaultConfig | undefined {
  const { Vaults, Vault } = self.config;
  return Vaults?.[0] ?? Vault ?? undefined;
}

/** Nomad's version as the agent reports it, e.g. `1.9.7`. */
export function agentVersion(self: AgentSelf): string | undefined {
  return self.config.Version?.Version || self.member?.Tags?.build;
}
