// How the CLI export rewrites the commands that show or take secrets, or
// that name things only the walk knew (an allocation ID, an address).
import type { NomadVaultBlock } from '../api/lab.ts';
import { SERVER_TOKEN_PLACEHOLDER, stepFiles } from '../guide/files/index.ts';
import type { TranscriptEntry } from '../guide/types.ts';
import { readVaultBlock } from '../guide/vault-block.ts';
import { entrySecrets } from '../terminal/entry-secrets.ts';
import { shellJson } from './curl-command.ts';
import {
  SAVE_INIT_OUTPUT,
  vaultBlockLines,
  type ExportFile,
  type ScriptWriter,
} from './script-parts.ts';
import { substituteRefs } from './secret-refs.ts';

export const SERVER_TOKEN_CREATE =
  'vault token create -policy nomad-server -period 72h -orphan';

/** What the CLI export knows while it walks the transcript. */
export interface CliContext {
  script: ScriptWriter;
  files: readonly ExportFile[];
  refs: Map<string, string>;
  lastJob: string;
}

export function initLines(
  context: CliContext,
  entry: TranscriptEntry,
): string[] {
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

export function tokenCreateLines(
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

export function serverTokenOf(context: CliContext): string | undefined {
  return [...context.refs].find(
    ([, variable]) => variable === 'NOMAD_SERVER_TOKEN',
  )?.[0];
}

export function namesServerToken(
  context: CliContext,
  command: string,
): boolean {
  const serverToken = serverTokenOf(context);
  return serverToken !== undefined && command.includes(serverToken);
}

export function vaultBlock(
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

export function allocLines(context: CliContext): string[] {
  context.script.define('alloc_id');
  return [
    `alloc_id="$(nomad job allocs -json ${context.lastJob} | running_alloc_id)"`,
    'nomad alloc status "$alloc_id"',
  ];
}

export function namesLines(context: CliContext): string[] {
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
export function showsSecrets(
  context: CliContext,
  entry: TranscriptEntry,
): boolean {
  const values = [...entrySecrets(entry), ...context.refs.keys()];
  return values.some((value) => value !== '' && entry.output.includes(value));
}

export function withVariables(context: CliContext, command: string): string {
  return substituteRefs(command, context.refs, (variable) => `"$${variable}"`);
}
