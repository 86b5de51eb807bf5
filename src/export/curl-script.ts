import type { Exchange } from '../api/http.ts';
import type { TranscriptEntry } from '../guide/types.ts';
import { entrySecrets } from '../terminal/entry-secrets.ts';
import { maskText } from '../terminal/mask.ts';
import type { CurlContext } from './curl-context.ts';
import { labLines, namesLines, nomadLines } from './curl-nomad-calls.ts';
import { vaultLines } from './curl-vault-calls.ts';
import { isSuccess } from './exchange-facts.ts';
import {
  ScriptWriter,
  withoutSecrets,
  type ExportFile,
  type ScriptOptions,
} from './script-parts.ts';
import { refsFromSecrets } from './secret-refs.ts';

const DEFAULT_JOB = 'nomad-vault-demo';

/** A transcript entry with the calls that produced it. */
export interface EntryCalls {
  entry: TranscriptEntry;
  exchanges: readonly Exchange[];
}

/**
 * The walk as a bash script of plain curl calls against `$VAULT_ADDR` and
 * `$NOMAD_ADDR`: what changed state, in order, with secrets captured from
 * the answers into variables and reads left out.
 */
export function exportCurlScript(
  calls: readonly EntryCalls[],
  files: readonly ExportFile[],
  options: ScriptOptions = {},
): string {
  const secrets = options.secrets ?? {};
  const clean = withoutSecrets(files, secrets);
  const context: CurlContext = {
    script: new ScriptWriter(clean),
    files: clean,
    refs: refsFromSecrets(secrets),
    serverToken: secrets.serverToken,
    lastJob: DEFAULT_JOB,
    isRegisterPiped: false,
  };
  for (const { entry, exchanges } of calls) {
    const masked = maskText(entry.command, [
      ...entrySecrets(entry, exchanges),
      ...context.refs.keys(),
    ]);
    if (entry.isError === true) {
      context.script.comment(`Left out, it failed during the walk: ${masked}`);
      continue;
    }
    const lines = exchanges
      .filter(isSuccess)
      .flatMap((exchange) => callLines(context, exchange) ?? []);
    if (lines.length > 0) context.script.add([`# $ ${masked}`, ...lines]);
  }
  return context.script.finish([
    'Replays the Nomad + Vault walk as plain HTTP calls with curl.',
    'Needs curl and node on PATH.',
  ]);
}

function callLines(
  context: CurlContext,
  exchange: Exchange,
): string[] | undefined {
  switch (exchange.backend) {
    case 'vault':
      return vaultLines(context, exchange);
    case 'nomad':
      return nomadLines(context, exchange);
    case 'lab':
      return labLines(context, exchange);
    case 'web':
      return namesLines(context);
  }
}
