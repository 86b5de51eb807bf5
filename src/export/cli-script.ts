import type { TranscriptEntry } from '../guide/types.ts';
import { entrySecrets } from '../terminal/entry-secrets.ts';
import { maskText } from '../terminal/mask.ts';
import {
  allocLines,
  initLines,
  namesLines,
  namesServerToken,
  SERVER_TOKEN_CREATE,
  showsSecrets,
  tokenCreateLines,
  vaultBlock,
  withVariables,
  type CliContext,
} from './cli-rewrites.ts';
import {
  ScriptWriter,
  withoutSecrets,
  type ExportFile,
  type ScriptOptions,
} from './script-parts.ts';
import { refsFromSecrets } from './secret-refs.ts';

const DEFAULT_JOB = 'nomad-vault-demo';

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
  if (
    /^vault token lookup\b/.test(command) &&
    namesServerToken(context, command)
  ) {
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
