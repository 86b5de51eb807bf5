import {
  SERVER_TOKEN_PLACEHOLDER,
  stepFiles,
} from '../guide/files/index.ts';
import type { NomadVaultBlock } from '../api/lab.ts';
import type { SecretValues, TranscriptEntry } from '../guide/types.ts';
import { readVaultBlock } from '../guide/vault-block.ts';
import { maskText } from '../terminal/mask.ts';
import { entrySecrets } from '../terminal/entry-secrets.ts';
import { shellJson } from './curl-command.ts';
import {
  SAVE_INIT_OUTPUT,
  ScriptWriter,
  vaultBlockLines,
  withoutSecrets,
  type ExportFile,
} from './script-parts.ts';
import { refsFromSecrets, substituteRefs } from './secret-refs.ts';

export interface ScriptOptions {
  /** The held secrets, so that their values become variables. */
  secrets?: SecretValues;
}

const DEFAULT_JOB = 'nomad-vault-demo';
const SERVER_TOKEN_CREATE =
  'vault token create -policy nomad-server -period 72h -orphan';

interface CliContext {
  script: ScriptWriter;
  files: readonly ExportFile[];
  refs: Map<string, string>;
  lastJob: string;
}

/**
 * The walk as a bash script of `vault` and `nomad` commands, in the order
 * they ran, with the step files as heredocs and every secret a variable.
 */
export function exportCliScript(
  entries: readonly TranscriptEntry[],
  files: readonly ExportFile[],
  options: ScriptOptions = {},
): string {
  const secrets = options.secrets ?? {};
  const clean = withoutSecrets(files, secrets);
  const context: CliContext = {
    script: new ScriptWriter(clean),
    files: clean,
    refs: refsFromSecrets(secrets),
    lastJob: DEFAULT_JOB,
  };
  for (const entry of entries) addEntry(context, entry);
  return context.script.finish([
    'Replays the Nomad + Vault walk with the vault and nomad CLIs.',
    'Needs vault, nomad, curl and node on PATH.',
  ]);
}

function addEntry(context: CliContext, entry: TranscriptEntry): void {
  const { script, refs } = context;
  const masked = maskText(entry.command, [
    ...entrySecrets(entry),
    ...refs.keys(),
  ]);
  if (entry.isError === true) {
    script.comment(`Left out, it failed during the walk: ${masked}`);
    return;
  }
  const block = rewrite(context, entry);
  if (block === undefined) return;
  const unreferenced = entrySecrets(entry).filter(
    (value) => !refs.has(value) && block.join('\n').includes(value),
  );
  if (unreferenced.length > 0) {
    script.comment(`Left out, it holds a secret with no variable: ${masked}`);
    return;
  }
  script.add(block);
}

/** The script lines for one entry; undefined to leave it out. */
function rewrite(
  context: CliContext,
  entry: TranscriptEntry,
): string[] | undefined {
  const { command } = entry;
  const { script } = context;
  if (/^vault operator init\b/.test(command)) return initLines(context, entry);
  if (/^vault login\b/.test(command)) {
    const withFlag = command.replace(/^vault login\b/, 'vault login -no-print');
    return [withVariables(context, withFlag)];
  }
  if (/^vault token create\b/.test(command)) {
    return tokenCreateLines(context, entry);
  }
  if (/^vault token lookup\b/.test(command) && namesServerToken(context, command)) {
    if (script.isDefined('NOMAD_SERVER_TOKEN')) return undefined;
    script.define('NOMAD_SERVER_TOKEN');
    return [
      '# The walk reused a server token made earlier; make a new one.',
      `NOMAD_SERVER_TOKEN="$(${SERVER_TOKEN_CREATE} -field=token)"`,
    ];
  }
  const tee = /^sudo tee -a (\S+) < (\S+)$/.exec(command);
  if (tee?.[1] && tee[2]) return vaultBlock(context, tee[2], tee[1]);
  if (/^sudo systemctl restart nomad$/.test(command)) return undefined;
  const status = /^nomad (?:job )?status (\S+)$/.exec(command);
  if (status?.[1]) context.lastJob = status[1];
  if (/^nomad alloc status\b/.test(command)) return allocLines(context);
  if (/^curl .*\/names$/.test(command)) return namesLines(context);
  if (/^vault (read|write)\b/.test(command) && showsSecrets(context, entry)) {
    const asJson = command.replace(/^vault (\w+)/, 'vault $1 -format=json');
    return [`${withVariables(context, asJson)} | show_json`];
  }
  return [withVariables(context, command)];
}

function initLines(context: CliContext, entry: TranscriptEntry): string[] {
  context.script.define('UNSEAL_KEY', 'VAULT_TOKEN');
  const command = entry.command.includes('-format=json')
    ? entry.command
    : `${entry.command} -format=json`;
  return [
    '# Vault shows the unseal key and root token once: keep them in shell',
    '# variables instead of printing them.',
    `init_json="$(${command})"`,
    'UNSEAL_KEY="$(json_field unseal_keys_b64.0 <<<"$init_json")"',
    'VAULT_TOKEN="$(json_field root_token <<<"$init_json")"',
    'export VAULT_TOKEN',
    ...SAVE_INIT_OUTPUT,
  ];
}

function tokenCreateLines(
  context: CliContext,
  entry: TranscriptEntry,
): string[] {
  const command = withVariables(context, entry.command);
  const serverToken = serverTokenOf(context);
  const isServerToken =
    serverToken !== undefined && entrySecrets(entry).includes(serverToken);
  if (!isServerToken) return [`${command} -format=json | show_json`];
  context.script.define('NOMAD_SERVER_TOKEN');
  return [
    '# The Nomad server token stays in a variable for step 7.',
    `NOMAD_SERVER_TOKEN="$(${command} -field=token)"`,
  ];
}

function serverTokenOf(context: CliContext): string | undefined {
  return [...context.refs].find(
    ([, variable]) => variable === 'NOMAD_SERVER_TOKEN',
  )?.[0];
}

function namesServerToken(context: CliContext, command: string): boolean {
  const serverToken = serverTokenOf(context);
  return serverToken !== undefined && command.includes(serverToken);
}

function vaultBlock(
  context: CliContext,
  fileName: string,
  configPath: string,
): string[] {
  const file = context.files.find((candidate) => candidate.name === fileName);
  const fileText = file?.content ?? stepFiles.nomadVaultBlock.content;
  let block: NomadVaultBlock;
  try {
    block = readVaultBlock(fileText);
  } catch {
    // The walk ran it, so this is an edit made afterwards; fail loudly.
    return vaultBlockLines(undefined, fileName, configPath);
  }
  const body = shellJson(
    block,
    new Map([
      [SERVER_TOKEN_PLACEHOLDER, 'NOMAD_SERVER_TOKEN'],
      [block.address, 'VAULT_ADDR'],
    ]),
  );
  return vaultBlockLines(body, fileName, configPath);
}

function allocLines(context: CliContext): string[] {
  context.script.define('alloc_id');
  return [
    `alloc_id="$(nomad job allocs -json ${context.lastJob} | running_alloc_id)"`,
    'nomad alloc status "$alloc_id"',
  ];
}

function namesLines(context: CliContext): string[] {
  const find = context.script.isDefined('alloc_id')
    ? []
    : [
        `alloc_id="$(nomad job allocs -json ${context.lastJob} | running_alloc_id)"`,
      ];
  context.script.define('alloc_id');
  return [
    '# The web app listens where Nomad placed it: read that from the',
    '# allocation, then ask it for /names.',
    ...find,
    'WEB_ADDR="$(nomad alloc status -json "$alloc_id" | alloc_port_address http)"',
    'curl -sS --fail-with-body "http://$WEB_ADDR/names"',
    'echo',
  ];
}

/** Whether the entry's output showed a secret (creds, a new token). */
function showsSecrets(context: CliContext, entry: TranscriptEntry): boolean {
  const values = [...entrySecrets(entry), ...context.refs.keys()];
  return values.some((value) => value !== '' && entry.output.includes(value));
}

function withVariables(context: CliContext, command: string): string {
  return substituteRefs(command, context.refs, (variable) => `"$${variable}"`);
}
