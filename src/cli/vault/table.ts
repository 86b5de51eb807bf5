// The Key/Value table every `vault` command prints in table format.
import { columnize } from '../shared/columnize.ts';

/** One row: the key and its already formatted value. */
export type VaultRow = readonly [key: string, value: string];

/**
 * `Key`/`Value` headers, a dashed underline as long as each header,
 * columns four spaces apart, empty values shown as `n/a`.
 */
export function formatVaultTable(rows: readonly VaultRow[]): string {
  return formatVaultColumns(['Key', 'Value'], rows);
}

/** A headed table with any number of columns (e.g. `vault secrets list`). */
export function formatVaultColumns(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const underline = headers.map((header) => '-'.repeat(header.length));
  return columnize([headers, underline, ...rows], {
    glue: '    ',
    empty: 'n/a',
  });
}
