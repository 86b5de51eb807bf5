// Resolves the server settings: flags beat the config file, which beats
// the environment, which beats the defaults. Every problem names its source.
import { fieldSpecs, type Field, type FieldValues } from './field-schemas.ts';
import {
  readConfigFile,
  readEnv,
  readFlags,
  type RawSettings,
} from './read-sources.ts';
import { resolveSandbox } from './sandbox-settings.ts';
import {
  defaultServerConfig,
  type SandboxConfig,
  type ServerConfig,
  type UpstreamConfig,
} from './server-config.ts';

export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export interface ConfigInput {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  readText?: (path: string) => string;
}

export type LoadResult =
  { isHelp: true } | { isHelp: false; config: ServerConfig };

/** Reads and validates the settings; throws ConfigError listing problems. */
export function loadConfig(input: ConfigInput): LoadResult {
  const flags = readFlagsOrThrow(input.argv);
  if (flags.isHelp) return { isHelp: true };

  const file = flags.configFile
    ? readConfigFile(flags.configFile, input.readText)
    : {};
  if (Array.isArray(file)) throw new ConfigError(file);

  const raw: RawSettings = {
    ...readEnv(input.env),
    ...file,
    ...flags.settings,
  };
  const { values, problems } = validate(raw);
  const upstream = resolveUpstream(raw, values, problems);
  const sandbox = resolveSandbox(raw, values, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return { isHelp: false, config: toServerConfig(values, upstream, sandbox) };
}

function readFlagsOrThrow(argv: readonly string[]) {
  try {
    return readFlags(argv);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError([`${reason} Run with --help to see the options.`]);
  }
}

function validate(raw: RawSettings) {
  const values: Partial<FieldValues> = {};
  const problems: string[] = [];
  for (const field of Object.keys(raw) as Field[]) {
    const setting = raw[field];
    if (!setting) continue;
    const spec = fieldSpecs[field];
    const result = spec.schema.safeParse(setting.value);
    if (result.success) {
      Object.assign(values, { [field]: result.data });
      continue;
    }
    const issue = result.error.issues[0]?.message ?? 'is not valid';
    // Never echo a password someone put into an address.
    const shown = JSON.stringify(setting.value).replace(
      /\/\/[^/"@]*@/,
      '//***@',
    );
    problems.push(`${setting.source}: ${shown} ${issue}. ${spec.hint}`);
  }
  return { values, problems };
}

function resolveUpstream(
  raw: RawSettings,
  values: Partial<FieldValues>,
  problems: string[],
): UpstreamConfig | null {
  const { vaultAddr, nomadAddr } = values;
  // The sandbox's own addresses are known only once it listens.
  if (values.mock === true || values.sandbox === true) return null;
  if (raw.vaultAddr && !raw.nomadAddr) {
    problems.push(missingPartner('NOMAD_ADDR', raw.vaultAddr.source));
  }
  if (raw.nomadAddr && !raw.vaultAddr) {
    problems.push(missingPartner('VAULT_ADDR', raw.nomadAddr.source));
  }
  if (!vaultAddr || !nomadAddr) return null;
  return {
    vaultAddr,
    nomadAddr,
    vaultNamespace: values.vaultNamespace,
    nomadRegion: values.nomadRegion,
  };
}

function missingPartner(missing: string, given: string): string {
  const flag = `--${missing.toLowerCase().replace('_', '-')}`;
  return (
    `${missing}: is not set, but ${given} is; live mode needs both ` +
    `addresses. Set ${missing} or pass ${flag}, or pass --mock to run ` +
    'in mock mode.'
  );
}

function toServerConfig(
  values: Partial<FieldValues>,
  upstream: UpstreamConfig | null,
  sandbox: SandboxConfig | null,
): ServerConfig {
  const { mock: _mock, vaultAddr: _v, nomadAddr: _n, ...rest } = values;
  const { vaultNamespace: _ns, nomadRegion: _r, ...others } = rest;
  const { sandbox: _s, sandboxVaultPort: _sv, ...more } = others;
  const { sandboxNomadPort: _sn, postgresUrl: _pg, ...settings } = more;
  const config = { ...defaultServerConfig, ...settings, upstream, sandbox };
  // Init must never be cut off earlier than an ordinary call.
  const initTimeoutMs = Math.max(config.initTimeoutMs, config.timeoutMs);
  return { ...config, initTimeoutMs };
}
