// Sandbox mode's settings: its ports and database only make sense with
// --sandbox, and the sandbox brings its own Vault and Nomad addresses.
import type { FieldValues } from './field-schemas.ts';
import type { RawSetting, RawSettings } from './read-sources.ts';
import {
  DEFAULT_SANDBOX_NOMAD_PORT,
  DEFAULT_SANDBOX_VAULT_PORT,
  type SandboxConfig,
} from './server-config.ts';

const sandboxOnly = ['sandboxVaultPort', 'sandboxNomadPort', 'postgresUrl'];

// Exported VAULT_ADDR/NOMAD_ADDR are common in a shell; only addresses
// given on purpose (flags, the config file) conflict with the sandbox.
const isFromEnv = (setting: RawSetting) => /^[A-Z_]+$/.test(setting.source);

/** The sandbox settings, or null without --sandbox; adds any problems. */
export function resolveSandbox(
  raw: RawSettings,
  values: Partial<FieldValues>,
  problems: string[],
): SandboxConfig | null {
  const given = (Object.keys(raw) as (keyof RawSettings)[])
    .filter((field) => sandboxOnly.includes(field))
    .map((field) => raw[field]?.source ?? field);
  if (values.sandbox !== true) {
    for (const source of given) {
      problems.push(
        `${source}: only applies in sandbox mode. Pass --sandbox too, or ` +
          `drop ${source}.`,
      );
    }
    return null;
  }
  const flag = raw.sandbox?.source ?? '--sandbox';
  if (values.mock === true) {
    problems.push(
      `${raw.mock?.source ?? '--mock'}: cannot be combined with ${flag}; ` +
        'pick one mode.',
    );
  }
  for (const setting of [raw.vaultAddr, raw.nomadAddr]) {
    if (!setting || isFromEnv(setting)) continue;
    problems.push(
      `${setting.source}: cannot be combined with ${flag}, which serves ` +
        `its own Vault and Nomad. Drop ${setting.source}, or drop ${flag} ` +
        'for live mode.',
    );
  }
  const vaultPort = values.sandboxVaultPort ?? DEFAULT_SANDBOX_VAULT_PORT;
  const nomadPort = values.sandboxNomadPort ?? DEFAULT_SANDBOX_NOMAD_PORT;
  if (vaultPort !== 0 && vaultPort === nomadPort) {
    const source =
      raw.sandboxNomadPort?.source ?? raw.sandboxVaultPort?.source ?? flag;
    problems.push(
      `${source}: the sandbox Vault and Nomad cannot share port ` +
        `${vaultPort}. Pick two different ports (0 = any free port).`,
    );
  }
  return { vaultPort, nomadPort, postgresUrl: values.postgresUrl };
}
