// The warnings block Vault's table output prints above the table.
import { wrapWithPadding } from '../shared/wrap.ts';

/** Vault wraps its prose at 78 columns. */
export const vaultLineLength = 78;

/**
 * `WARNING! …` heading, a blank line, then each warning as `  * text`
 * wrapped and followed by a blank line; '' when there are none.
 */
export function formatVaultWarnings(
  warnings: readonly string[] | null | undefined,
): string {
  if (!warnings || warnings.length === 0) return '';
  const lines = [
    'WARNING! The following warnings were returned from Vault:',
    '',
  ];
  for (const warning of warnings) {
    lines.push(wrapWithPadding(`* ${warning}`, vaultLineLength, 2), '');
  }
  return lines.join('\n');
}
