// Collects raw settings from flags, the config file and the environment,
// remembering where each came from so errors can name it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { fieldSpecs, type Field } from './field-schemas.ts';

export interface RawSetting {
  value: unknown;
  /** How the user set it, e.g. `--port` or `VAULT_ADDR`. */
  source: string;
}

export type RawSettings = Partial<Record<Field, RawSetting>>;

const flagFields = {
  'vault-addr': 'vaultAddr',
  'nomad-addr': 'nomadAddr',
  'vault-namespace': 'vaultNamespace',
  'nomad-region': 'nomadRegion',
  host: 'host',
  port: 'port',
  timeout: 'timeoutMs',
  'init-timeout': 'initTimeoutMs',
  'allowed-host': 'allowedHosts',
  dist: 'staticRoot',
  'log-level': 'logLevel',
  mock: 'mock',
  sandbox: 'sandbox',
  'sandbox-vault-port': 'sandboxVaultPort',
  'sandbox-nomad-port': 'sandboxNomadPort',
  'postgres-url': 'postgresUrl',
} as const satisfies Record<string, Field>;

const envFields = {
  VAULT_ADDR: 'vaultAddr',
  NOMAD_ADDR: 'nomadAddr',
  VAULT_NAMESPACE: 'vaultNamespace',
  NOMAD_REGION: 'nomadRegion',
} as const satisfies Record<string, Field>;

// Config file keys: the field names, with durations named like the flags.
const fileFields: Record<string, Field> = Object.fromEntries(
  Object.keys(fieldSpecs).map((field) => [
    field.replace(/Ms$/, ''),
    field as Field,
  ]),
);

export interface Flags {
  settings: RawSettings;
  configFile: string | undefined;
  isHelp: boolean;
}

/** Parses argv; throws the parser's message for unknown or bad flags. */
export function readFlags(argv: readonly string[]): Flags {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      ...Object.fromEntries(
        Object.keys(flagFields).map((flag) => [flag, { type: 'string' }]),
      ),
      'allowed-host': { type: 'string', multiple: true },
      mock: { type: 'boolean' },
      sandbox: { type: 'boolean' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const settings: RawSettings = {};
  const given: Record<string, unknown> = values;
  for (const [flag, field] of Object.entries(flagFields)) {
    const value = given[flag];
    if (value !== undefined) settings[field] = { value, source: `--${flag}` };
  }
  const configFile = values.config;
  return {
    settings,
    configFile: typeof configFile === 'string' ? configFile : undefined,
    isHelp: values.help === true,
  };
}

/** The CLIs' variables; an empty value counts as unset, as in the CLIs. */
export function readEnv(env: NodeJS.ProcessEnv): RawSettings {
  const settings: RawSettings = {};
  for (const [name, field] of Object.entries(envFields)) {
    const value = env[name];
    if (value) settings[field] = { value, source: name };
  }
  return settings;
}

/** Reads a JSON object; returns the problems instead when it cannot. */
export function readConfigFile(
  path: string,
  readText: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): RawSettings | string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readText(path));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [`--config ${path}: cannot be read as JSON (${reason}).`];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return [`--config ${path}: must hold a JSON object such as {"port":4180}.`];
  }
  const settings: RawSettings = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    const field = fileFields[key];
    if (field) settings[field] = { value, source: `"${key}" in ${path}` };
    else problems.push(unknownKey(path, key));
  }
  return problems.length > 0 ? problems : settings;
}

function unknownKey(path: string, key: string): string {
  const known = Object.keys(fileFields).join(', ');
  return `"${key}" in ${path}: is not a setting. Known settings: ${known}.`;
}
