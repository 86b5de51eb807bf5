// How the nomad CLI reports failures (contract §6.1, §6.2, §2).

/** The Go client's error for a non-2xx answer; the body is trimmed. */
export function formatUnexpectedResponse(status: number, body: string): string {
  const trimmed = body.trim();
  const detail = trimmed === '' ? '' : ` (${trimmed})`;
  return `Unexpected response code: ${status}${detail}`;
}

/** `nomad job run` when PUT /v1/jobs fails (exit code 1). */
export function formatJobSubmitError(status: number, body: string): string {
  return `Error submitting job: ${formatUnexpectedResponse(status, body)}`;
}

/** `nomad job status X` / `nomad status X` for an unknown job. */
export function formatNoJob(prefix: string): string {
  return `No job(s) with prefix or id "${prefix}" found`;
}

/** `nomad alloc status X` for an unknown allocation. */
export function formatNoAllocation(prefix: string): string {
  return `No allocation(s) with prefix or id "${prefix}" found`;
}

/** One HCL diagnostic, positions 1-based as HCL reports them. */
export interface HclDiagnostic {
  line: number;
  column: number;
  /** Defaults to `line`. */
  endLine?: number | undefined;
  endColumn: number;
  summary: string;
  detail: string;
}

/**
 * `file:L,C-C: Summary; Detail`. Syntax errors show the first and
 * `, and N other diagnostic(s)`; decode errors list one per line.
 */
export function formatHclDiagnostics(
  fileName: string,
  diagnostics: readonly HclDiagnostic[],
  phase: 'syntax' | 'decode' = 'syntax',
): string {
  const texts = diagnostics.map((diagnostic) => {
    const endLine = diagnostic.endLine ?? diagnostic.line;
    const end =
      endLine === diagnostic.line
        ? `${diagnostic.endColumn}`
        : `${endLine},${diagnostic.endColumn}`;
    const range = `${fileName}:${diagnostic.line},${diagnostic.column}-${end}`;
    return `${range}: ${diagnostic.summary}; ${diagnostic.detail}`;
  });
  const [first] = texts;
  if (first === undefined) return 'no diagnostics';
  if (phase === 'decode') return texts.join('\n');
  if (texts.length === 1) return first;
  return `${first}, and ${texts.length - 1} other diagnostic(s)`;
}

/** `nomad job run FILE` when the jobspec does not parse (exit code 1). */
export function formatJobParseError(
  fileName: string,
  diagnostics: readonly HclDiagnostic[],
  phase: 'syntax' | 'decode' = 'syntax',
): string {
  const detail = formatHclDiagnostics(fileName, diagnostics, phase);
  return (
    'Error getting job struct: Error parsing job file from ' +
    `${fileName}:\n${detail}`
  );
}
