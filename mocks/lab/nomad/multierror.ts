// go-multierror's list format, which Nomad uses for most error texts.
export function multierror(errors: string[]): string {
  if (errors.length === 1) return `1 error occurred:\n\t* ${errors[0]}\n\n`;
  const points = errors.map((e) => `* ${e}`).join('\n\t');
  return `${errors.length} errors occurred:\n\t${points}\n\n`;
}

/** helper.MergeMultierrorWarnings: `N warning(s):` then one bullet each. */
export function mergeWarnings(warnings: string[]): string {
  if (warnings.length === 0) return '';
  const head =
    warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
  const points = warnings.map((w) => `* ${w.trimEnd()}`).join('\n');
  return `${head}:\n\n${points}`;
}
