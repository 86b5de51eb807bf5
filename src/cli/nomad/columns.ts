// Nomad's two table shapes (command/helpers.go): `key = value` blocks
// and space-aligned lists, both showing empty cells as `<none>`.
import { columnize } from '../shared/columnize.ts';

export type NomadRow = readonly [key: string, value: string];

/** `ID          = 0a4c5de2` lines, keys padded to the longest. */
export function formatKV(rows: readonly NomadRow[]): string {
  return columnize(rows, { glue: ' = ', empty: '<none>' });
}

/** Columns two spaces apart; the first row is usually the header. */
export function formatList(rows: readonly (readonly string[])[]): string {
  return columnize(rows, { glue: '  ', empty: '<none>' });
}

/** Like formatList but empty cells stay blank (task resources). */
export function formatListWithSpaces(
  rows: readonly (readonly string[])[],
): string {
  return columnize(rows, { glue: '  ' });
}
