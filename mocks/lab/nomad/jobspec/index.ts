import {
  formatDiagnostic,
  formatDiagnostics,
  parseHclSyntax,
} from '../../../../src/lib/hcl/index.ts';
import type { JsonObject } from '../json.ts';
import { JobspecDecoder } from './decode.ts';

export type JobspecResult =
  { ok: true; job: JsonObject } | { ok: false; error: string };

/**
 * Reads an HCL 2 jobspec into the api.Job Nomad's HTTP API speaks. Errors
 * are worded as Nomad prints them: a syntax error as the first diagnostic
 * (`, and N other diagnostic(s)`), schema errors one per line.
 */
export function parseJobspec(
  source: string,
  filename = 'input.hcl',
): JobspecResult {
  const parsed = parseHclSyntax(source, { filename });
  if (!parsed.ok) {
    return {
      ok: false,
      error: formatDiagnostics(parsed.diagnostics, filename),
    };
  }
  const decoder = new JobspecDecoder(filename);
  const job = decoder.decodeFile(parsed.body);
  if (decoder.diagnostics.length > 0 || !job) {
    const lines = decoder.diagnostics.map((d) => formatDiagnostic(d, filename));
    return { ok: false, error: lines.join('\n') };
  }
  return { ok: true, job };
}
