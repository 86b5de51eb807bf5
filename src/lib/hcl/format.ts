import type { HclDiagnostic } from './types.ts';

/** `file:L,C-C: Summary; Detail`, the way HCL prints one diagnostic. */
export function formatDiagnostic(d: HclDiagnostic, filename: string): string {
  const end =
    d.endLine !== undefined && d.endLine !== d.line
      ? `${d.endLine},${d.endColumn}`
      : `${d.endColumn}`;
  return `${filename}:${d.line},${d.column}-${end}: ${d.summary}; ${d.detail}`;
}

/**
 * Several diagnostics as HCL's error text shows them: the first one,
 * then how many others there were.
 */
export function formatDiagnostics(
  diagnostics: HclDiagnostic[],
  filename: string,
): string {
  const [first, ...rest] = diagnostics;
  if (!first) return '';
  const text = formatDiagnostic(first, filename);
  return rest.length === 0
    ? text
    : `${text}, and ${rest.length} other diagnostic(s)`;
}
