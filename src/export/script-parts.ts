// Building blocks shared by the two shell-script exports.
import { SERVER_TOKEN_PLACEHOLDER } from '../guide/files/index.ts';
import type { SecretValues } from '../guide/types.ts';
import { MASK } from '../terminal/mask.ts';
import { helperDefinitions } from './helpers.ts';
import { refsFromSecrets, substituteRefs } from './secret-refs.ts';
import { heredoc } from './shell.ts';

/** What the exports are given besides the walk. */
export interface ScriptOptions {
  /** The held secrets, so that their values become variables. */
  secrets?: SecretValues;
}

/** A step file as the learner left it. */
export interface ExportFile {
  name: string;
  content: string;
}

/** Lines of the script body, with the files and variables they need. */
export interface ScriptBody {
  lines: string[];
  files: readonly ExportFile[];
}

const REQUIRED_VARIABLES: Record<string, string> = {
  UNSEAL_KEY: 'the unseal key',
  VAULT_TOKEN: 'the root token',
  NOMAD_SERVER_TOKEN: 'the Nomad server token',
};

/**
 * Files with any held credential taken out: the server token goes back
 * to the placeholder the script fills in, anything else is masked.
 */
export function withoutSecrets(
  files: readonly ExportFile[],
  secrets: SecretValues,
): ExportFile[] {
  const refs = refsFromSecrets(secrets);
  return files.map((file) => ({
    name: file.name,
    content: substituteRefs(file.content, refs, (variable) =>
      variable === 'NOMAD_SERVER_TOKEN' ? SERVER_TOKEN_PLACEHOLDER : MASK,
    ),
  }));
}

/** Tracks which files and variables the script has so far. */
export class ScriptWriter {
  private readonly lines: string[] = [];
  private readonly written = new Set<string>();
  private readonly defined = new Set<string>();

  constructor(private readonly files: readonly ExportFile[]) {}

  isDefined(variable: string): boolean {
    return this.defined.has(variable);
  }

  define(...variables: string[]): void {
    for (const variable of variables) this.defined.add(variable);
  }

  /**
   * Adds a block after a blank line, preceded by the heredocs of files it
   * names and by a check for any secret variable nothing set yet.
   */
  add(block: readonly string[]): void {
    const text = block.join('\n');
    this.lines.push('');
    for (const file of this.files) {
      if (this.written.has(file.name) || !namesFile(text, file.name)) continue;
      this.written.add(file.name);
      this.lines.push(heredoc(file.name, file.content));
    }
    for (const [variable, what] of Object.entries(REQUIRED_VARIABLES)) {
      if (this.defined.has(variable) || !text.includes(`$${variable}`))
        continue;
      this.defined.add(variable);
      this.lines.push(`: "\${${variable}:?set ${variable} to ${what}}"`);
    }
    this.lines.push(...block);
  }

  comment(text: string): void {
    this.lines.push('', `# ${text}`);
  }

  /** The whole script: header, the helpers the body calls, the body. */
  finish(title: readonly string[]): string {
    const body = this.lines.join('\n');
    const helpers = helperDefinitions(body);
    return [
      ...scriptHeader(title),
      ...helpers.flatMap((helper) => ['', helper]),
      body,
      '',
    ].join('\n');
  }
}

function namesFile(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w.-])${escaped}($|[^\\w.-])`, 'm').test(text);
}

function scriptHeader(title: readonly string[]): string[] {
  return [
    '#!/usr/bin/env bash',
    ...title.map((line) => `# ${line}`),
    '#',
    '# No secret is written in this file: the unseal key and the tokens are',
    "# read from Vault's answers into shell variables as the script runs.",
    '# Set VAULT_INIT_FILE to keep the init output (written with mode 600).',
    'set -euo pipefail',
    '',
    ': "${VAULT_ADDR:=http://127.0.0.1:8200}"',
    ': "${NOMAD_ADDR:=http://127.0.0.1:4646}"',
    '# The sandbox lab takes its controls on the Nomad port; set this empty',
    '# for a real Nomad, whose config step 7 then edits.',
    ': "${NOMAD_LAB_CONTROL=$NOMAD_ADDR/lab}"',
    'export VAULT_ADDR NOMAD_ADDR',
    '',
    '# Step files are written here and removed on exit.',
    'workdir="$(mktemp -d)"',
    'trap \'rm -rf "$workdir"\' EXIT',
    'cd "$workdir"',
  ];
}

/** Keeps the init answer in VAULT_INIT_FILE when the learner asks. */
export const SAVE_INIT_OUTPUT = [
  'if [ -n "${VAULT_INIT_FILE:-}" ]; then',
  '  (umask 077 && printf \'%s\\n\' "$init_json" >"$VAULT_INIT_FILE")',
  'fi',
];

/**
 * Step 7: the lab applies the vault block through its control URL, as a
 * Nomad restart would; a real server gets it appended to its config.
 */
export function vaultBlockLines(
  labBody: string | undefined,
  fileName: string,
  configPath: string,
): string[] {
  const apply =
    labBody === undefined
      ? [
          `  echo "${fileName} holds no vault block the lab can read" >&2`,
          '  exit 1',
        ]
      : [
          '  curl -sS --fail-with-body -X PUT \\',
          `    --data ${labBody} \\`,
          '    "$NOMAD_LAB_CONTROL/nomad/vault"',
          '  echo',
        ];
  return [
    '# Nomad reads its vault block when it starts (step 7). The sandbox lab',
    '# applies it through its control URL as a restart would, pointing',
    '# Nomad at the Vault this script talks to.',
    `vault_block="$(cat ${fileName})"`,
    `vault_block="\${vault_block//${SERVER_TOKEN_PLACEHOLDER}/$NOMAD_SERVER_TOKEN}"`,
    'if [ -n "$NOMAD_LAB_CONTROL" ]; then',
    ...apply,
    'else',
    `  sudo tee -a ${configPath} >/dev/null <<<"$vault_block"`,
    '  sudo systemctl restart nomad',
    'fi',
  ];
}
